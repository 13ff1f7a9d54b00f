import type { RouteObject } from 'react-router';

export const authoringRoutes: RouteObject[] = [];
