/**
 * The payments service answers absolute addresses of the web app (checkout_url in sandbox mode, redirect_url,
 * success_url): inside the app only their path and query matter, whatever origin the service was configured with.
 * Never anything that would leave the site ("//evil.example" is a path to nowhere, not another host).
 */
export function inAppPath(url: string): string {
  try {
    const parsed = new URL(url, 'http://app.invalid');
    const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
    return path.startsWith('/') && !path.startsWith('//') ? path : '/';
  } catch {
    return '/';
  }
}
