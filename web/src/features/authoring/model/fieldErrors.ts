import { ApiProblem } from '@/lib/api/problem';

/**
 * A problem with one field: a key of this feature's "validation" messages (checked here, in the reader's language)
 * or the text the service answered (its validation messages are in English).
 */
export type FieldMessage = { key: string; values?: Record<string, string | number> } | { serverText: string };

/** Field name (as the API names it: "title", "price.amount", "video.url") → its problem. */
export type FieldErrors = Record<string, FieldMessage>;

/** The per-field messages of a 400 answered by the service, keyed as the API names the fields. */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiProblem)) return {};
  return Object.fromEntries(
    Object.entries(error.errors)
      .filter(([, messages]) => messages.length > 0)
      .map(([field, messages]) => [field, { serverText: messages.join(' ') }]),
  );
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** What the service accepts for a link (InputChecks.Url): https, a course file (media:{id}), or plain http on this machine. */
export function isAcceptedUrl(value: string): boolean {
  if (/^media:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || (url.protocol === 'http:' && (LOOPBACK.has(url.hostname) || url.hostname.startsWith('127.')));
  } catch {
    return false;
  }
}
