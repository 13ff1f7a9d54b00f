import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { AuthSchemas } from '@/lib/api/types';
import { session } from '@/lib/auth/session';

/** POST /api/v1/users/me/instructor-application: admins see it among the pending applications. */
export function useApplyAsInstructor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AuthSchemas['InstructorApplicationRequest']) => unwrap(authApi.POST('/api/v1/users/me/instructor-application', { body })),
    onSuccess: (user) => {
      session.updateUser(user);
      queryClient.setQueryData(queryKeys.me, user);
    },
  });
}
