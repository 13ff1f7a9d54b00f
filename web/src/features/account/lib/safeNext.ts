/**
 * Where to go after signing in: the `next` the guard put in the address, only when it is a path of this site. Anything
 * else (another origin, "//evil.example", "/\evil.example", hidden tabs or newlines that browsers strip) is an open
 * redirect waiting to happen, so it falls back to "my learning".
 */
export const DEFAULT_AFTER_SIGN_IN = '/learning';

export function safeNextPath(next: string | null | undefined, fallback = DEFAULT_AFTER_SIGN_IN): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return fallback;
  // Backslashes count as slashes for browsers; control characters and spaces are stripped or rewritten by them.
  if (/[\\\s\u0000-\u001f\u007f]/.test(next)) return fallback;
  try {
    const base = 'https://har.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
