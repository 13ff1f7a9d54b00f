import { useMutation } from '@tanstack/react-query';
import { authApi } from '@/lib/api/client';
import { session } from '@/lib/auth/session';
import { unwrapThrottled } from './unwrapThrottled';

/** DELETE /api/v1/users/me, confirmed with the password: personal details are erased, the sessions end. */
export function useDeleteAccount(onEnded: () => void) {
  return useMutation({
    mutationFn: (password: string) => unwrapThrottled(authApi.DELETE('/api/v1/users/me', { body: { password } })),
    // The page leaves first (for home), then the session is forgotten: the other way round, the account page's guard
    // would send the person to the sign-in page on their way out.
    onSuccess: () => {
      onEnded();
      session.clear();
    },
  });
}
