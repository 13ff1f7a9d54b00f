import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/courses/{id}: the course being bought (same cache entry as the course page's). */
export function useCheckoutCourse(courseId: string) {
  return useQuery({
    queryKey: queryKeys.course(courseId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
    enabled: Boolean(courseId),
  });
}
