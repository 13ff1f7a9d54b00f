import { useMutation } from '@tanstack/react-query';
import { authApi } from '@/lib/api/client';
import type { AuthSchemas } from '@/lib/api/types';
import { session } from '@/lib/auth/session';
import { unwrapThrottled } from './unwrapThrottled';

/** POST /api/v1/auth/login: opens the session (the refresh token arrives as an httpOnly cookie). */
export function useSignIn() {
  return useMutation({
    mutationFn: (body: AuthSchemas['LoginRequest']) => unwrapThrottled(authApi.POST('/api/v1/auth/login', { body })),
    onSuccess: (tokens) => session.accept(tokens),
  });
}
