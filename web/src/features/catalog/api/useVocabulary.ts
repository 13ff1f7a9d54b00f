import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/courses/vocabulary: the domains, levels, sorts… the service knows. Changes only with a deployment. */
export function useVocabulary() {
  return useQuery({
    queryKey: queryKeys.vocabulary,
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/vocabulary')),
    staleTime: 60 * 60_000,
  });
}
