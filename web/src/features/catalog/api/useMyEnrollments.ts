import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/enrollments/me: the signed-in learner's active and completed enrollments (only asked when signed in). */
export function useMyEnrollments(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.myEnrollments,
    queryFn: () => unwrap(coursesApi.GET('/api/v1/enrollments/me')),
    enabled,
  });
}
