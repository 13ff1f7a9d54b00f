import { useMutation, useQueryClient } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { SaveQuizRequest } from '../types';

/**
 * POST /api/v1/ai/quizzes/drafts/{id}/save: the approved questions become a quiz lesson right after the source
 * lesson (201 `{lesson_id, questions}`); 422 when none is approved. The course changed: its outline, its editor's
 * lists and the catalog are refreshed.
 */
export function useSaveQuiz(draftId: string, courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveQuizRequest) =>
      unwrap(aiApi.POST('/api/v1/ai/quizzes/drafts/{draft_id}/save', { params: { path: { draft_id: draftId } }, body })),
    scope: { id: `quiz-draft-${draftId}` },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: queryKeys.aiQuizDraft(draftId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.aiQuizDrafts(courseId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) });
      void queryClient.invalidateQueries({ queryKey: queryKeys.myCourses });
      void queryClient.invalidateQueries({ queryKey: queryKeys.catalogAll });
    },
  });
}
