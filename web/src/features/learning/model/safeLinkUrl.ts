/**
 * Resource addresses come from instructors: only web links (http, https) and the service's own paths (signed media
 * under /api/) become links; `javascript:`, `data:` and the like never reach an href.
 */
export function safeLinkUrl(url: string): string | null {
  const trimmed = url.trim();
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
