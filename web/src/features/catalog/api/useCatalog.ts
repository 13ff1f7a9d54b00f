import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { toApiQuery, type CatalogFilters } from '../catalogFilters';

/** GET /api/v1/courses: one page of published courses with the facets' counts. */
export function useCatalog(filters: CatalogFilters) {
  const query = toApiQuery(filters);
  return useQuery({
    queryKey: queryKeys.catalog(query),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses', { params: { query } })),
    // The previous results stay on screen (dimmed) while the next page or filter loads: no flash of a spinner.
    placeholderData: keepPreviousData,
  });
}
