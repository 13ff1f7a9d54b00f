import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Refund, RefundRequest } from './types';

/** POST /api/v1/payments/transactions/{id}/refunds (admins): the amount left out refunds everything remaining. */
export function useRefund(transactionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: RefundRequest) => requestJson<Refund>('POST', `/api/v1/payments/transactions/${encodeURIComponent(transactionId)}/refunds`, request),
    // The transaction, the lists and the revenue all change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.payments }),
  });
}
