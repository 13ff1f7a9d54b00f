import type { ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth } from '@/components/RequireAuth';
import type { Role } from '@/lib/api/types';

/** A page for signed-in people (with one of `roles` when given); the service checks again on every call. */
function guarded(Page: ComponentType, roles?: Role[]): ComponentType {
  return function GuardedPage() {
    return (
      <RequireAuth {...(roles ? { roles } : {})}>
        <Page />
      </RequireAuth>
    );
  };
}

/**
 * The AI feature's own pages: reviewing a generated quiz (instructors) and the learner's analysis. Its other screens
 * (the course tutor, recommendations, the quiz generator, learners who need support) live in other pages' slots,
 * filled by src/app/slots.tsx with the components of slotFills.tsx.
 */
export const aiRoutes: RouteObject[] = [
  {
    path: '/teach/courses/:courseId/quiz-drafts/:draftId',
    lazy: async () => ({ Component: guarded((await import('./pages/QuizDraftReviewPage')).QuizDraftReviewPage, ['instructor', 'admin']) }),
  },
  { path: '/learning/analysis', lazy: async () => ({ Component: guarded((await import('./pages/MyAnalysisPage')).MyAnalysisPage) }) },
];
