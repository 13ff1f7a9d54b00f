import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/**
 * GET /api/v1/ai/analytics/courses/{id}: a course's learners for its instructor (who needs support, which quizzes
 * are hard); 403 for anyone else, 404 for a course the service does not know.
 */
export function useCourseAnalysis(courseId: string) {
  return useQuery({
    queryKey: queryKeys.aiCourseAnalysis(courseId),
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/analytics/courses/{course_id}', { params: { path: { course_id: courseId } } })),
  });
}
