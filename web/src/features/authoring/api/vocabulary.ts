import { useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

const HOUR = 60 * 60 * 1000;

/** GET /api/v1/courses/vocabulary: the closed sets (domains, levels, languages, pricing, lesson and question types). */
export function useVocabulary() {
  return useQuery({ queryKey: queryKeys.vocabulary, queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/vocabulary')), staleTime: HOUR });
}

/**
 * Categories are open (any slug), so the form suggests those the catalog already uses, from its facets:
 * instructors reuse "data-analysis" rather than inventing "analyse-donnees".
 */
export function useCategorySuggestions() {
  return useQuery({
    queryKey: [...queryKeys.catalogAll, { page_size: 1, purpose: 'categories' }],
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses', { params: { query: { page_size: 1 } } })),
    select: (page) => page.facets.category.map((facet) => facet.value),
    staleTime: HOUR,
  });
}
