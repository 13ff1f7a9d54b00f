import { useMutation } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { session } from '@/lib/auth/session';

/** POST /api/v1/auth/logout-all: every session of the account ends, this one included. */
export function useSignOutEverywhere(onEnded: () => void) {
  return useMutation({
    mutationFn: () => unwrap(authApi.POST('/api/v1/auth/logout-all')),
    // The page leaves first (for home), then the session is forgotten: the other way round, the account page's guard
    // would send the person to the sign-in page on their way out.
    onSuccess: () => {
      onEnded();
      session.clear();
    },
  });
}
