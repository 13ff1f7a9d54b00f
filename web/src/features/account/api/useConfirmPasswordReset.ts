import { useMutation } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import type { AuthSchemas } from '@/lib/api/types';

/** POST /api/v1/auth/password-reset/confirm: sets the new password; every session of the account ends. */
export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (body: AuthSchemas['PasswordResetConfirmRequest']) => unwrap(authApi.POST('/api/v1/auth/password-reset/confirm', { body })),
  });
}
