import { useMutation, useQueryClient } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { withAllRead, withRead } from '../lib/feedCache';
import type { NotificationFeed } from '../lib/notification';

const FEEDS = { queryKey: ['notifications', 'feed'] };

/** POST /api/v1/notifications/{id}/read, shown read at once (and reloaded if the gateway disagrees). */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => requestJson<void>('POST', `/api/v1/notifications/${encodeURIComponent(id)}/read`),
    onMutate: async (id) => {
      await queryClient.cancelQueries({ queryKey: queryKeys.notifications });
      const wasUnread = queryClient.getQueriesData<NotificationFeed>(FEEDS).some(([, feed]) => feed?.items.some((item) => item.id === id && !item.read));
      queryClient.setQueriesData<NotificationFeed>(FEEDS, (feed) => withRead(feed, id));
      if (wasUnread) queryClient.setQueryData<number>(queryKeys.unreadCount, (count) => Math.max(0, (count ?? 1) - 1));
    },
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}

/** POST /api/v1/notifications/read-all. */
export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => requestJson<void>('POST', '/api/v1/notifications/read-all'),
    onMutate: async () => {
      await queryClient.cancelQueries({ queryKey: queryKeys.notifications });
      queryClient.setQueriesData<NotificationFeed>(FEEDS, (feed) => withAllRead(feed));
      queryClient.setQueryData(queryKeys.unreadCount, 0);
    },
    onError: () => queryClient.invalidateQueries({ queryKey: queryKeys.notifications }),
  });
}
