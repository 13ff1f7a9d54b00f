import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '@/components/RequireAuth';

/** Every instructor screen: instructors and admins only (the service checks each course's ownership again). */
function guarded(Page: ComponentType): ComponentType {
  return function GuardedPage() {
    return (
      <RequireAuth roles={['instructor', 'admin']}>
        <Page />
      </RequireAuth>
    );
  };
}

export const authoringRoutes: RouteObject[] = [
  { path: '/teach', lazy: async () => ({ Component: guarded((await import('./pages/MyCoursesPage')).MyCoursesPage) }) },
  { path: '/teach/new', lazy: async () => ({ Component: guarded((await import('./pages/NewCoursePage')).NewCoursePage) }) },
  { path: '/teach/courses/:courseId', lazy: async () => ({ Component: guarded((await import('./pages/CourseEditorPage')).CourseEditorPage) }) },
  {
    path: '/teach/courses/:courseId/lessons/:lessonId',
    lazy: async () => ({ Component: guarded((await import('./pages/LessonEditorPage')).LessonEditorPage) }),
  },
  { path: '/teach/courses/:courseId/stats', lazy: async () => ({ Component: guarded((await import('./pages/CourseStatsPage')).CourseStatsPage) }) },
];
