import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/ai/chat/conversations?course_id=: the learner's conversations with this course's tutor, latest first. */
export function useTutorConversations(courseId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.aiConversations(courseId),
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/chat/conversations', { params: { query: { course_id: courseId } } })),
    enabled,
  });
}
