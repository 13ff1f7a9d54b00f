import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

// Hooks of endpoints that several features read (the course page and the learner's screens): one each, here, so
// that they share their query and its cache entry rather than keeping copies per feature.

/** GET /api/v1/enrollments/me: the signed-in learner's active and completed enrollments, most recently studied first. */
export function useMyEnrollments(enabled = true) {
  return useQuery({
    queryKey: queryKeys.myEnrollments,
    queryFn: () => unwrap(coursesApi.GET('/api/v1/enrollments/me')),
    enabled,
  });
}
