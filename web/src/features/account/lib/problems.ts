import { ApiProblem } from '@/lib/api/problem';

/** The first message the service gave for a field (validation problems name fields in snake_case). */
export function fieldProblem(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const wanted = normalize(field);
  const match = Object.entries(error.errors).find(([name]) => normalize(name) === wanted);
  return match?.[1][0];
}

/** Fields of a problem that the form does not show next to an input, for the summary above it. */
export function otherFields(error: unknown, shown: string[]): boolean {
  if (!(error instanceof ApiProblem)) return false;
  const known = new Set(shown.map(normalize));
  return Object.keys(error.errors).some((name) => !known.has(normalize(name)));
}

function normalize(name: string): string {
  return name.replace(/[_\s.-]/g, '').toLowerCase();
}

/** Seconds to wait, read from the Retry-After header that throttled answers carry (kept by {@link unwrapThrottled}). */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof ApiProblem)) return undefined;
  const value = error.extensions.retry_after;
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  // Without the header, the auth service's detail says "Try again in N seconds."
  const match = error.detail?.match(/(\d+)\s*seconds?/);
  return match ? Number(match[1]) : undefined;
}

/**
 * How a failed sign-in is told: never which of the email or the password was wrong, and throttling, lockout and
 * suspension in words of their own. `null` means "the generic error message".
 */
export type SignInProblem =
  | { kind: 'credentials' }
  | { kind: 'throttled'; seconds: number | undefined }
  | { kind: 'locked'; seconds: number | undefined }
  | { kind: 'suspended' }
  | null;

export function describeSignInProblem(error: unknown): SignInProblem {
  if (!(error instanceof ApiProblem)) return null;
  switch (error.status) {
    case 401:
      return { kind: 'credentials' };
    case 429:
      return { kind: 'throttled', seconds: retryAfterSeconds(error) };
    case 423:
      return { kind: 'locked', seconds: retryAfterSeconds(error) };
    case 403:
      return { kind: 'suspended' };
    default:
      return null;
  }
}

/**
 * The password policy's refusals, in the reader's language when they are the service's known sentences; otherwise
 * undefined and the service's own words are shown.
 */
export function passwordProblemKey(message: string | undefined): string | undefined {
  if (!message) return undefined;
  if (/at least \d+ characters/i.test(message)) return 'password.problem.short';
  if (/at most \d+ characters/i.test(message)) return 'password.problem.long';
  if (/email address or name/i.test(message)) return 'password.problem.personal';
  if (/most common passwords/i.test(message)) return 'password.problem.common';
  if (/too easy to guess/i.test(message)) return 'password.problem.guessable';
  if (/current password is incorrect|password is incorrect/i.test(message)) return 'password.problem.incorrect';
  return undefined;
}
