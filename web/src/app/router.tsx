import { createBrowserRouter, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { Loading } from '@/components/States';
import { NotFoundPage, RouteError } from './RouteError';
import { catalogRoutes } from '@/features/catalog/routes';
import { accountRoutes } from '@/features/account/routes';
import { learningRoutes } from '@/features/learning/routes';
import { authoringRoutes } from '@/features/authoring/routes';
import { adminRoutes } from '@/features/admin/routes';
import { notificationsRoutes } from '@/features/notifications/routes';
import { paymentsRoutes } from '@/features/payments/routes';
import { aiRoutes } from '@/features/ai/routes';
// What fills the pages' slots (the AI screens in the lesson player, the home and completion pages).
import './slots';

/** Each feature's routes, every one with its own error boundary so a failing screen leaves the shell standing. */
function withBoundaries(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => ({
    ...route,
    errorElement: route.errorElement ?? <RouteError />,
    ...(route.children ? { children: withBoundaries(route.children) } : {}),
  })) as RouteObject[];
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first route's lazy page loads (no server rendering here).
    HydrateFallback: Loading,
    children: withBoundaries([
      ...catalogRoutes,
      ...accountRoutes,
      ...learningRoutes,
      ...authoringRoutes,
      ...adminRoutes,
      ...notificationsRoutes,
      ...paymentsRoutes,
      ...aiRoutes,
      { path: '*', element: <NotFoundPage /> },
    ]),
  },
];

export const createRouter = () => createBrowserRouter(routes);
