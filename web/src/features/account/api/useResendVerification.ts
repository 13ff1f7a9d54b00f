import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { unwrapThrottled } from './unwrapThrottled';

export type ResendOutcome = 'sent' | 'already-verified';

/** POST /api/v1/auth/verify-email/resend: 202 a new link is on its way, 204 the address was verified meanwhile. */
export function useResendVerification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (): Promise<ResendOutcome> => {
      const call = authApi.POST('/api/v1/auth/verify-email/resend');
      await unwrapThrottled(call);
      return (await call).response.status === 204 ? 'already-verified' : 'sent';
    },
    onSuccess: (outcome) => {
      if (outcome === 'already-verified') void queryClient.invalidateQueries({ queryKey: queryKeys.me });
    },
  });
}
