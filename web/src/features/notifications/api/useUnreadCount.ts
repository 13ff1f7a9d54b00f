import { useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** GET /api/v1/notifications/unread-count: the badge; kept current by the live channel in between. */
export function useUnreadCount() {
  return useQuery({
    queryKey: queryKeys.unreadCount,
    queryFn: async () => {
      const answer = await requestJson<{ count?: unknown }>('GET', '/api/v1/notifications/unread-count');
      return typeof answer.count === 'number' ? answer.count : 0;
    },
  });
}
