import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { AuthSchemas } from '@/lib/api/types';
import { session } from '@/lib/auth/session';

export type ProfileChanges = AuthSchemas['UpdateProfileRequest'];

/** PATCH /api/v1/users/me: only the fields that are not null change. */
export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProfileChanges) => unwrap(authApi.PATCH('/api/v1/users/me', { body })),
    onSuccess: (user) => {
      session.updateUser(user);
      queryClient.setQueryData(queryKeys.me, user);
    },
  });
}
