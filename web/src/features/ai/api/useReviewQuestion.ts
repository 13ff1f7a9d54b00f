import { useMutation, useQueryClient } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { QuestionReview } from '../types';

/**
 * PATCH /api/v1/ai/quizzes/drafts/{id}/questions/{questionId}: approve, reject or edit one question. The answer is
 * the whole draft, which replaces the cached one (the counts and every card follow). 400 names the fields that keep
 * the question from being approved; 409 once the draft is saved or discarded.
 */
export function useReviewQuestion(draftId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ questionId, body }: { questionId: string; body: QuestionReview }) =>
      unwrap(
        aiApi.PATCH('/api/v1/ai/quizzes/drafts/{draft_id}/questions/{question_id}', {
          params: { path: { draft_id: draftId, question_id: questionId } },
          body,
        }),
      ),
    // One card's decisions one after the other: the last answer is the draft after all of them.
    scope: { id: `quiz-draft-${draftId}` },
    onSuccess: (draft) => {
      queryClient.setQueryData(queryKeys.aiQuizDraft(draftId), draft);
      void queryClient.invalidateQueries({ queryKey: queryKeys.aiQuizDrafts(draft.course_id) });
    },
  });
}
