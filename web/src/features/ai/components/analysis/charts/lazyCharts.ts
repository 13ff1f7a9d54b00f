import { lazy } from 'react';

// recharts is large: the chart comes in its own chunk, fetched when the analysis first draws it.
export const LazyWeeklyActivityChart = lazy(() => import('./WeeklyActivityChart').then((module) => ({ default: module.WeeklyActivityChart })));
