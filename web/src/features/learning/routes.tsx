import type { RouteObject } from 'react-router';

/** The learner's side: my learning, the lesson player (and its resume entry point), the course completion screen. */
export const learningRoutes: RouteObject[] = [
  { path: '/learning', lazy: async () => ({ Component: (await import('./pages/MyLearningPage')).MyLearningPage }) },
  { path: '/courses/:courseId/learn', lazy: async () => ({ Component: (await import('./pages/ResumeCoursePage')).ResumeCoursePage }) },
  { path: '/courses/:courseId/learn/:lessonId', lazy: async () => ({ Component: (await import('./pages/LessonPlayerPage')).LessonPlayerPage }) },
  { path: '/courses/:courseId/complete', lazy: async () => ({ Component: (await import('./pages/CourseCompletePage')).CourseCompletePage }) },
];
