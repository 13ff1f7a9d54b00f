import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/ai/quizzes/drafts/{id}: one draft and its questions, as the review page edits them. */
export function useQuizDraft(draftId: string) {
  return useQuery({
    queryKey: queryKeys.aiQuizDraft(draftId),
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/quizzes/drafts/{draft_id}', { params: { path: { draft_id: draftId } } })),
    // The instructor is editing: a background refetch must not replace what the cards show under their hands.
    staleTime: Number.POSITIVE_INFINITY,
  });
}
