import { useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { isProblem } from '@/lib/api/problem';
import type { Subscription } from './types';

/** GET /api/v1/payments/subscriptions/me: the subscription, or null for someone who never subscribed (a 404). */
export function useMySubscription(enabled = true) {
  return useQuery({
    queryKey: queryKeys.mySubscription,
    queryFn: async () => {
      try {
        return await requestJson<Subscription>('GET', '/api/v1/payments/subscriptions/me');
      } catch (error) {
        if (isProblem(error, 404)) return null;
        throw error;
      }
    },
    enabled,
  });
}
