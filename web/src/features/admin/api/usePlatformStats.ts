import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/courses/stats: the whole platform's learning figures (admins only). */
export function usePlatformStats() {
  return useQuery({
    queryKey: queryKeys.platformStats,
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/stats')),
  });
}
