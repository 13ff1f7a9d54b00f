/**
 * A notification as the gateway sends it, the same in its HTTP feed and on its hub (snake_case, like every API of the
 * platform). Read defensively: it is not in the typed OpenAPI documents.
 */
export type AppNotification = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  created_at: string;
  read: boolean;
};

export type NotificationFeed = { items: AppNotification[]; unread_count: number };

export function readNotification(raw: unknown): AppNotification | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  const createdAt = value.created_at;
  if (typeof value.id !== 'string' || typeof value.title !== 'string' || typeof createdAt !== 'string') return null;
  return {
    id: value.id,
    kind: typeof value.kind === 'string' ? value.kind : 'other',
    title: value.title,
    body: typeof value.body === 'string' ? value.body : '',
    link: typeof value.link === 'string' && value.link.length > 0 ? value.link : null,
    created_at: createdAt,
    read: value.read === true,
  };
}

export function readFeed(raw: unknown): NotificationFeed {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const items = Array.isArray(value.items) ? value.items.map(readNotification).filter((item): item is AppNotification => item !== null) : [];
  const unread = value.unread_count;
  return { items, unread_count: typeof unread === 'number' ? unread : items.filter((item) => !item.read).length };
}
