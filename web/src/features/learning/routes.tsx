import type { RouteObject } from 'react-router';

export const learningRoutes: RouteObject[] = [];
