/**
 * Where a notification leads inside the web app, or null. Only paths of this site are followed (a link to another
 * origin is not one we wrote). Notifications kept from before the auth service linked to the web app's pages name
 * them by older names (the feed keeps a user's latest notifications): they are mapped to the routes here.
 */
const RENAMED: Record<string, string> = {
  '/profile': '/account',
  '/instructor': '/teach',
};

export function appPath(link: string | null): string | null {
  if (!link || !link.startsWith('/') || link.startsWith('//') || /[\\\s]/.test(link)) return null;
  const [path = '', rest = ''] = splitPath(link);
  return `${RENAMED[path] ?? path}${rest}`;
}

function splitPath(link: string): [string, string] {
  const index = link.search(/[?#]/);
  return index === -1 ? [link, ''] : [link.slice(0, index), link.slice(index)];
}
