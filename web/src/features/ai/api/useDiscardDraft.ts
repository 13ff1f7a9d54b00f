import { useMutation, useQueryClient } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** DELETE /api/v1/ai/quizzes/drafts/{id}: the draft is abandoned (kept, read-only, out of the lesson's list). */
export function useDiscardDraft(draftId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(aiApi.DELETE('/api/v1/ai/quizzes/drafts/{draft_id}', { params: { path: { draft_id: draftId } } })),
    scope: { id: `quiz-draft-${draftId}` },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.aiQuizDraft(draftId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.aiQuizDrafts(courseId) });
    },
  });
}
