import type { RouteObject } from 'react-router';

/** Administration (admins only): platform statistics, accounts and instructor applications, every course. */
export const adminRoutes: RouteObject[] = [
  { path: '/admin', lazy: async () => ({ Component: (await import('./pages/AdminDashboardPage')).AdminDashboardPage }) },
  { path: '/admin/users', lazy: async () => ({ Component: (await import('./pages/AdminUsersPage')).AdminUsersPage }) },
  { path: '/admin/courses', lazy: async () => ({ Component: (await import('./pages/AdminCoursesPage')).AdminCoursesPage }) },
];
