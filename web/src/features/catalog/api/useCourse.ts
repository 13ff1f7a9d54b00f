import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/**
 * GET /api/v1/courses/{id}: the course with its outline. `enabled` waits for the session to be restored, because
 * the answer depends on who asks (a draft is visible to its instructor only): asked too early, it would be a 404.
 */
export function useCourse(courseId: string, enabled = true) {
  return useQuery({
    queryKey: queryKeys.course(courseId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
    enabled,
  });
}
