import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Subscription, SubscriptionChange } from './types';

/** PATCH /api/v1/payments/subscriptions/me: change plan, cancel at the period's end, or resume. */
export function useUpdateSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: SubscriptionChange) => requestJson<Subscription>('PATCH', '/api/v1/payments/subscriptions/me', change),
    onSuccess: async (subscription) => {
      queryClient.setQueryData(queryKeys.mySubscription, subscription);
      // An upgrade is charged: the payments list moves too.
      await queryClient.invalidateQueries({ queryKey: queryKeys.payments });
    },
  });
}
