import type { RouteObject } from 'react-router';

/** The full list of notifications (the bell in the header shows the latest few). */
export const notificationsRoutes: RouteObject[] = [
  { path: '/notifications', lazy: async () => ({ Component: (await import('./pages/NotificationsPage')).NotificationsPage }) },
];
