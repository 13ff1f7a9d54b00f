import { useQuery } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { User } from '@/lib/api/types';
import { session } from '@/lib/auth/session';

/**
 * GET /api/v1/users/me: the account as the service has it now (verified since? application decided?). Starts from
 * the session's copy so the page shows at once, and hands the fresh copy back to the session for the header.
 */
export function useMe(current: User) {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: async () => {
      const user = await unwrap(authApi.GET('/api/v1/users/me'));
      session.updateUser(user);
      return user;
    },
    initialData: current,
    initialDataUpdatedAt: 0,
  });
}
