import { lazy } from 'react';

// recharts is large: the charts come in their own chunk, fetched when the dashboard first draws them.
export const LazyEnrollmentsChart = lazy(() => import('./EnrollmentsChart').then((module) => ({ default: module.EnrollmentsChart })));
export const LazyTopCoursesChart = lazy(() => import('./TopCoursesChart').then((module) => ({ default: module.TopCoursesChart })));
