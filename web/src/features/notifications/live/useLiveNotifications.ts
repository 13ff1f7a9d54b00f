import { useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { HubConnection } from '@microsoft/signalr';
import { queryKeys } from '@/lib/api/queryKeys';
import { session } from '@/lib/auth/session';
import { withArrival } from '../lib/feedCache';
import { readNotification, type AppNotification, type NotificationFeed } from '../lib/notification';

const HUB_PATH = '/hubs/notifications';
/** After automatic reconnection gave up (or the first start failed): try again, less and less often. */
const RESTART_DELAYS_MS = [5_000, 15_000, 30_000, 60_000];

/**
 * The live channel, open while this component is mounted (the header mounts it for signed-in people only, so it
 * stops on sign-out). The gateway closes a connection when its token expires or its session ends; reconnecting asks
 * the session for the current token, refreshed a minute before expiry. Each message lands in the query cache (count
 * and feeds) and is handed to `onArrival` for the polite announcement. Returns whether the channel is open now.
 */
export function useLiveNotifications(userId: string, onArrival: (notification: AppNotification) => void): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  const arrival = useRef(onArrival);
  useEffect(() => {
    arrival.current = onArrival;
  });

  useEffect(() => {
    let stopped = false;
    let connection: HubConnection | undefined;
    let restartTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;

    const receive = (raw: unknown) => {
      const notification = readNotification(raw);
      if (!notification) return;
      const isNew = !queryClient
        .getQueriesData<NotificationFeed>({ queryKey: ['notifications', 'feed'] })
        .some(([, feed]) => feed?.items.some((item) => item.id === notification.id));
      for (const [key] of queryClient.getQueriesData<NotificationFeed>({ queryKey: ['notifications', 'feed'] })) {
        const limit = typeof key[2] === 'number' ? key[2] : 20;
        queryClient.setQueryData<NotificationFeed>(key, (feed) => withArrival(feed, notification, limit));
      }
      if (isNew && !notification.read) queryClient.setQueryData<number>(queryKeys.unreadCount, (count) => (count ?? 0) + 1);
      // A read begun before this arrived (the catch-up) would overwrite the increment with an older count when it
      // answers: read again. The gateway stores a notification before pushing it, so the new answer includes it.
      if (queryClient.isFetching({ queryKey: queryKeys.notifications }) > 0) catchUp();
      arrival.current(notification);
    };

    // Whatever arrived while the channel was down is in the feed: read it again.
    const catchUp = () => void queryClient.invalidateQueries({ queryKey: queryKeys.notifications });

    // The handshake completes before the gateway has subscribed this connection to the user's messages (across
    // replicas); its Ready call returns only once it has. Then the feed is read again for what arrived before (between
    // the count's first read and now, or while the channel was down): nothing falls in between.
    const subscribed = async () => {
      try {
        await connection?.invoke('Ready');
      } catch (error) {
        // Still connected: a gateway without Ready (an older replica during a deployment); carry on as before it.
        if (String(connection?.state) !== 'Connected') throw error;
      }
      setConnected(true);
      catchUp();
    };

    const start = async () => {
      if (stopped || !connection) return;
      try {
        await connection.start();
        await subscribed();
        failures = 0;
      } catch {
        scheduleRestart();
      }
    };

    const scheduleRestart = () => {
      if (stopped || session.snapshot().status !== 'signed-in') return;
      const delay = RESTART_DELAYS_MS[Math.min(failures, RESTART_DELAYS_MS.length - 1)];
      failures += 1;
      clearTimeout(restartTimer);
      restartTimer = setTimeout(() => void start(), delay);
    };

    void (async () => {
      // SignalR's client is only fetched once someone is signed in: visitors never download it.
      const { HubConnectionBuilder, LogLevel } = await import('@microsoft/signalr');
      if (stopped) return;
      connection = new HubConnectionBuilder()
        .withUrl(HUB_PATH, {
          accessTokenFactory: async () => session.accessToken() ?? ((await session.refresh()) ? (session.accessToken() ?? '') : ''),
        })
        .withAutomaticReconnect()
        .configureLogging(LogLevel.None)
        .build();
      connection.on('notification', receive);
      connection.onreconnecting(() => setConnected(false));
      connection.onreconnected(() => {
        subscribed().catch(() => undefined); // a failed call means the connection closed again: onclose restarts it
      });
      connection.onclose(() => {
        setConnected(false);
        failures = Math.max(failures, 1);
        scheduleRestart();
      });
      await start();
    })();

    return () => {
      stopped = true;
      clearTimeout(restartTimer);
      void connection?.stop();
    };
  }, [userId, queryClient]);

  return connected;
}
