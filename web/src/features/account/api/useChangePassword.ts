import { useMutation } from '@tanstack/react-query';
import { authApi } from '@/lib/api/client';
import type { AuthSchemas } from '@/lib/api/types';
import { unwrapThrottled } from './unwrapThrottled';

/** POST /api/v1/users/me/password: this session stays open, every other one ends. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (body: AuthSchemas['ChangePasswordRequest']) => unwrapThrottled(authApi.POST('/api/v1/users/me/password', { body })),
  });
}
