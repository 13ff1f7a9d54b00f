import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/courses/{id}: the course with its modules and lessons (the player's sidebar). Shared key with the course page. */
export function useCourseOutline(courseId: string) {
  return useQuery({
    queryKey: queryKeys.course(courseId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
  });
}
