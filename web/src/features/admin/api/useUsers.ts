import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { usersQuery, type UserFilters } from '../lib/userFilters';

/** GET /api/v1/users: search by name or email, filter by role and status, a page at a time. */
export function useUsers(filters: UserFilters) {
  const query = usersQuery(filters);
  return useQuery({
    queryKey: queryKeys.users(query),
    queryFn: () => unwrap(authApi.GET('/api/v1/users', { params: { query } })),
    // The table stays while the next page or search loads, instead of flashing a spinner.
    placeholderData: keepPreviousData,
  });
}
