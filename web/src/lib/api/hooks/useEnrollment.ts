import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/enrollments/{id}: one enrollment with every lesson's progress and the lesson to resume at. */
export function useEnrollment(enrollmentId: string | undefined) {
  return useQuery({
    queryKey: queryKeys.enrollment(enrollmentId ?? ''),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/enrollments/{id}', { params: { path: { id: enrollmentId ?? '' } } })),
    enabled: Boolean(enrollmentId),
  });
}
