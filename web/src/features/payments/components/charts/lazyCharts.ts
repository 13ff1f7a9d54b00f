import { lazy } from 'react';

// recharts is large: the charts come in their own chunk, fetched when the revenue screen first draws them.
export const LazyRevenueDayChart = lazy(() => import('./RevenueDayChart').then((module) => ({ default: module.RevenueDayChart })));
export const LazyRevenueBarsChart = lazy(() => import('./RevenueBarsChart').then((module) => ({ default: module.RevenueBarsChart })));
