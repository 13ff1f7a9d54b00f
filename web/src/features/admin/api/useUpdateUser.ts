import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import type { AuthSchemas } from '@/lib/api/types';

export type UserUpdate = { id: string; changes: Partial<AuthSchemas['AdminUserUpdate']> };

/**
 * PATCH /api/v1/users/{id}: role, status or instructor verification. The service refuses changing one's own role or
 * status (409), and ends the person's sessions when their role changes or they are suspended.
 */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: UserUpdate) =>
      unwrap(
        authApi.PATCH('/api/v1/users/{id}', {
          params: { path: { id } },
          body: { role: changes.role ?? null, status: changes.status ?? null, instructor_verification: changes.instructor_verification ?? null },
        }),
      ),
    // Every users list (searches, pending applications) shows the change.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
