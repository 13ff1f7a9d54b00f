import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/certificates/{number}: public verification, no account needed. */
export function useCertificate(number: string) {
  return useQuery({
    queryKey: queryKeys.certificate(number),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/certificates/{number}', { params: { path: { number } } })),
  });
}
