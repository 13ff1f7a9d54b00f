import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** POST /api/v1/auth/verify-email: spends the link's single-use token. */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(authApi.POST('/api/v1/auth/verify-email', { body: { token } })),
    // A signed-in reader sees "verified" on their account at once.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.me }),
  });
}
