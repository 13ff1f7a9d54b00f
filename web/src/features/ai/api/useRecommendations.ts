import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Language } from '@/lib/i18n/i18n';

/**
 * GET /api/v1/ai/recommendations: the signed-in learner's next courses, each with its reason in `language`. Optional
 * on every screen that shows them, so a failure is not retried: the section just stays hidden.
 */
export function useRecommendations(limit: number, language: Language, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.aiRecommendations(limit, language),
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/recommendations', { params: { query: { limit, language } } })),
    enabled,
    retry: false,
  });
}
