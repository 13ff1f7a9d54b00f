import { useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Transaction } from './types';

/**
 * GET /api/v1/payments/transactions/{id} (its buyer or an admin). `pollEveryMs` asks again while the payment is
 * pending: the webhook that completes it arrives a moment after the checkout.
 */
export function useTransaction(transactionId: string | null | undefined, { pollEveryMs }: { pollEveryMs?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.transaction(transactionId ?? ''),
    queryFn: () => requestJson<Transaction>('GET', `/api/v1/payments/transactions/${encodeURIComponent(transactionId ?? '')}`),
    enabled: Boolean(transactionId),
    refetchInterval: (query) => (pollEveryMs && query.state.data?.status === 'pending' ? pollEveryMs : false),
  });
}
