import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { SandboxOutcome } from './types';

/** POST …/sandbox/sessions/{id}/confirm: pays with a test card (4242… succeeds, 4000 0000 0000 0002 is declined). */
export function useConfirmSandbox(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (cardNumber: string) =>
      requestJson<SandboxOutcome>('POST', `/api/v1/payments/sandbox/sessions/${encodeURIComponent(sessionId)}/confirm`, { card_number: cardNumber }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.payments }),
  });
}
