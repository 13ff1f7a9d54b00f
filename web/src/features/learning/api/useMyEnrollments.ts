import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/enrollments/me: the signed-in learner's active and completed enrollments, most recently studied first. */
export function useMyEnrollments() {
  return useQuery({
    queryKey: queryKeys.myEnrollments,
    queryFn: () => unwrap(coursesApi.GET('/api/v1/enrollments/me')),
  });
}
