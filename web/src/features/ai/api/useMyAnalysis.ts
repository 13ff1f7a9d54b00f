import { useQuery } from '@tanstack/react-query';
import { aiApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/ai/analytics/me: the signed-in learner's pace, progress and topics, course by course. */
export function useMyAnalysis() {
  return useQuery({
    queryKey: queryKeys.aiMyAnalysis,
    queryFn: () => unwrap(aiApi.GET('/api/v1/ai/analytics/me')),
  });
}
