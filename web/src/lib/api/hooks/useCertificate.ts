import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/certificates/{number}: a certificate as anyone can verify it (issued to, on, still valid). */
export function useCertificate(number: string | null | undefined) {
  return useQuery({
    queryKey: queryKeys.certificate(number ?? ''),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/certificates/{number}', { params: { path: { number: number ?? '' } } })),
    enabled: Boolean(number),
  });
}
