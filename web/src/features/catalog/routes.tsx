import type { RouteObject } from 'react-router';

export const catalogRoutes: RouteObject[] = [];
