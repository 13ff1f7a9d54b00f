import { useMutation } from '@tanstack/react-query';
import { authApi } from '@/lib/api/client';
import { unwrapThrottled } from './unwrapThrottled';

/** POST /api/v1/auth/password-reset: always the same answer, whether or not the address has an account. */
export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (email: string) => unwrapThrottled(authApi.POST('/api/v1/auth/password-reset', { body: { email } })),
  });
}
