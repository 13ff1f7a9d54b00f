import { useMutation } from '@tanstack/react-query';
import { authApi } from '@/lib/api/client';
import type { AuthSchemas } from '@/lib/api/types';
import { session } from '@/lib/auth/session';
import { unwrapThrottled } from './unwrapThrottled';

/** POST /api/v1/auth/register: creates the account and signs it in; the service emails a verification link. */
export function useSignUp() {
  return useMutation({
    mutationFn: (body: AuthSchemas['RegisterRequest']) => unwrapThrottled(authApi.POST('/api/v1/auth/register', { body })),
    onSuccess: (tokens) => session.accept(tokens),
  });
}
