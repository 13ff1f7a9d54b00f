import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/**
 * GET /api/v1/ai/analytics/courses/{id}: a course's learners for its instructor (who needs support, which quizzes
 * are hard). 403 and 404 are answers, not failures: not retried.
 */
export function useCourseAnalysis(courseId: string) {
  return useQuery({
    queryKey: queryKeys.aiCourseAnalysis(courseId),
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/analytics/courses/{course_id}', { params: { path: { course_id: courseId } } })),
    retry: false,
  });
}
