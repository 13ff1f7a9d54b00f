import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/lib/auth/useSession';
import { useUnreadCount } from '../api/useUnreadCount';
import { useNotificationFeed } from '../api/useNotificationFeed';
import { useMarkAllRead, useMarkRead } from '../api/useMarkRead';
import { useLiveNotifications } from '../live/useLiveNotifications';
import { badgeText } from '../lib/feedCache';
import type { AppNotification } from '../lib/notification';
import { NotificationPanel } from './NotificationPanel';
import '../notifications.css';

/** Shown in the panel: the latest few; the page has the rest. */
export const PANEL_LIMIT = 6;

/** The header's bell: unread count fed live by the gateway's hub, and a panel with the latest notifications. */
export function NotificationBell() {
  const user = useCurrentUser();
  if (!user) return null;
  // A new person signed in: a new bell (new connection, new count).
  return <Bell key={user.id} userId={user.id} />;
}

function Bell({ userId }: { userId: string }) {
  const { t } = useTranslation('notifications');
  const [open, setOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const unread = useUnreadCount();
  const feed = useNotificationFeed(PANEL_LIMIT, open);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();

  const live = useLiveNotifications(userId, (notification: AppNotification) => setAnnouncement(t('live.arrived', { title: notification.title })));

  // Escape or a click elsewhere closes the panel; Escape gives the focus back to the bell.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  const count = unread.data ?? 0;
  return (
    <div className="notification-bell" ref={root} data-live={live ? 'connected' : 'connecting'}>
      <BellButton ref={button} count={count} expanded={open} controls={panelId} onToggle={() => setOpen((value) => !value)} />
      {open && (
        <NotificationPanel
          id={panelId}
          feed={feed}
          onRead={(id) => markRead.mutate(id)}
          onReadAll={() => markAllRead.mutate()}
          onClose={() => setOpen(false)}
        />
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="notification-announcer">
        {announcement}
      </p>
    </div>
  );
}

/** The button itself: its name says the count ("3 notifications non lues"); the badge shows it. */
export function BellButton({ count, expanded, controls, onToggle, ref }: { count: number; expanded: boolean; controls: string; onToggle: () => void; ref?: Ref<HTMLButtonElement> }) {
  const { t } = useTranslation('notifications');
  return (
    <button
      ref={ref}
      type="button"
      className="bell-button"
      aria-expanded={expanded}
      aria-controls={controls}
      aria-label={count > 0 ? t('bell.unread', { count }) : t('bell.none')}
      onClick={onToggle}
      data-testid="notification-bell"
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          fill="currentColor"
        />
      </svg>
      {count > 0 && (
        <span className="bell-badge" aria-hidden="true" data-testid="notification-count">
          {badgeText(count)}
        </span>
      )}
    </button>
  );
}
