import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/**
 * GET /api/v1/courses/{id}/lessons/{lessonId}: the lesson's content (signed media URLs, quiz without its answers) and
 * the learner's progress on it. 403 when not enrolled (and not a preview), 404 when unknown.
 */
export function useLesson(courseId: string, lessonId: string) {
  return useQuery({
    queryKey: queryKeys.lesson(courseId, lessonId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}/lessons/{lessonId}', { params: { path: { id: courseId, lessonId } } })),
  });
}
