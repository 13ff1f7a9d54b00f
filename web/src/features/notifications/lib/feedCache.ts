import type { AppNotification, NotificationFeed } from './notification';

/**
 * How the cached feed changes, without asking the server again: a live notification arrives, one or all are read.
 * Pure functions, used by the query cache updates and by the tests.
 */
export function withArrival(feed: NotificationFeed | undefined, notification: AppNotification, limit: number): NotificationFeed | undefined {
  if (!feed) return feed;
  if (feed.items.some((item) => item.id === notification.id)) return feed; // redelivered: already there
  return {
    items: [notification, ...feed.items].slice(0, limit),
    unread_count: feed.unread_count + (notification.read ? 0 : 1),
  };
}

export function withRead(feed: NotificationFeed | undefined, id: string): NotificationFeed | undefined {
  if (!feed) return feed;
  const target = feed.items.find((item) => item.id === id);
  if (!target || target.read) return feed;
  return {
    items: feed.items.map((item) => (item.id === id ? { ...item, read: true } : item)),
    unread_count: Math.max(0, feed.unread_count - 1),
  };
}

export function withAllRead(feed: NotificationFeed | undefined): NotificationFeed | undefined {
  if (!feed) return feed;
  return { items: feed.items.map((item) => (item.read ? item : { ...item, read: true })), unread_count: 0 };
}

/** The badge: capped so it keeps its size. */
export function badgeText(count: number): string {
  return count > 99 ? '99+' : String(count);
}
