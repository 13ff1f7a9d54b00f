import { useQuery, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { readFeed } from '../lib/notification';

/** GET /api/v1/notifications?limit=…: the latest notifications (the gateway keeps 100) and the unread count. */
export function useNotificationFeed(limit: number, enabled = true) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.notificationFeed(limit),
    queryFn: async () => {
      const feed = readFeed(await requestJson<unknown>('GET', `/api/v1/notifications?limit=${limit}`));
      // The feed knows the unread count too: the badge follows.
      queryClient.setQueryData(queryKeys.unreadCount, feed.unread_count);
      return feed;
    },
    enabled,
  });
}
