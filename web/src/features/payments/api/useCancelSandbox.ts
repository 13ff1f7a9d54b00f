import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { SandboxOutcome } from './types';

/** POST …/sandbox/sessions/{id}/cancel: the buyer gives up; the session expires and nothing is charged. */
export function useCancelSandbox(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestJson<SandboxOutcome>('POST', `/api/v1/payments/sandbox/sessions/${encodeURIComponent(sessionId)}/cancel`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.payments }),
  });
}
