import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/ai/quizzes/drafts?course_id=: the course's quiz drafts (not the discarded ones), for its instructor. */
export function useQuizDrafts(courseId: string) {
  return useQuery({
    queryKey: queryKeys.aiQuizDrafts(courseId),
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/quizzes/drafts', { params: { query: { course_id: courseId } } })),
  });
}
