import type { RouteObject } from 'react-router';

/** The public side: home, catalog, course pages and certificate verification. Lazy, so each page loads what it needs. */
export const catalogRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('./pages/HomePage')).HomePage }) },
  { path: '/courses', lazy: async () => ({ Component: (await import('./pages/CatalogPage')).CatalogPage }) },
  { path: '/courses/:courseId', lazy: async () => ({ Component: (await import('./pages/CoursePage')).CoursePage }) },
  { path: '/certificates', lazy: async () => ({ Component: (await import('./pages/CertificateLookupPage')).CertificateLookupPage }) },
  { path: '/certificates/:number', lazy: async () => ({ Component: (await import('./pages/CertificatePage')).CertificatePage }) },
];
