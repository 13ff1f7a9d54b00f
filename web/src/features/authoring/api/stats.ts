import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/courses/{id}/stats: for the course's instructor and admins. */
export function useCourseStats(courseId: string) {
  return useQuery({
    queryKey: queryKeys.courseStats(courseId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}/stats', { params: { path: { id: courseId } } })),
  });
}
