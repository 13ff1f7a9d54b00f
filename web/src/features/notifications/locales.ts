// Strings of the notifications (namespace "notifications"): French first, English with the same keys.
export const fr = {
  bell: {
    unread_one: '{{count}} notification non lue',
    unread_other: '{{count}} notifications non lues',
    none: 'Notifications, aucune non lue',
  },
  live: { arrived: 'Nouvelle notification : {{title}}' },
  item: {
    unread: 'Non lue : ',
    markRead: 'Marquer comme lue',
    markReadOf: 'Marquer comme lue : {{title}}',
  },
  list: { empty: 'Aucune notification pour le moment.' },
  panel: {
    title: 'Notifications',
    latest: 'Dernières notifications',
    readAll: 'Tout marquer comme lu',
    seeAll: 'Voir toutes les notifications',
  },
  page: {
    title: 'Notifications',
    unread_one: '{{count}} notification non lue',
    unread_other: '{{count}} notifications non lues',
    allRead: 'Vous avez tout lu.',
    kept: 'Les 100 notifications les plus récentes sont conservées.',
  },
};

export const en: typeof fr = {
  bell: {
    unread_one: '{{count}} unread notification',
    unread_other: '{{count}} unread notifications',
    none: 'Notifications, none unread',
  },
  live: { arrived: 'New notification: {{title}}' },
  item: {
    unread: 'Unread: ',
    markRead: 'Mark as read',
    markReadOf: 'Mark as read: {{title}}',
  },
  list: { empty: 'No notifications yet.' },
  panel: {
    title: 'Notifications',
    latest: 'Latest notifications',
    readAll: 'Mark all as read',
    seeAll: 'See all notifications',
  },
  page: {
    title: 'Notifications',
    unread_one: '{{count}} unread notification',
    unread_other: '{{count}} unread notifications',
    allRead: 'You have read everything.',
    kept: 'The 100 most recent notifications are kept.',
  },
};
