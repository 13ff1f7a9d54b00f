import { useTranslation } from 'react-i18next';
import { RequireAuth } from '@/components/RequireAuth';
import { QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useNotificationFeed } from '../api/useNotificationFeed';
import { useMarkAllRead, useMarkRead } from '../api/useMarkRead';
import { NotificationList } from '../components/NotificationList';
import '../notifications.css';

/** The gateway keeps each person's latest 100 notifications: all of them. */
export const PAGE_LIMIT = 100;

export function NotificationsPage() {
  return (
    <RequireAuth>
      <Notifications />
    </RequireAuth>
  );
}

function Notifications() {
  const { t } = useTranslation('notifications');
  useDocumentTitle(t('page.title'));
  const feed = useNotificationFeed(PAGE_LIMIT);
  const markRead = useMarkRead();
  const markAllRead = useMarkAllRead();
  const unread = feed.data?.unread_count ?? 0;
  return (
    <section className="page notifications-page">
      <header className="page-header">
        <div>
          <h1>{t('page.title')}</h1>
          <p className="muted" aria-live="polite">
            {unread > 0 ? t('page.unread', { count: unread }) : t('page.allRead')}
          </p>
        </div>
        {unread > 0 && (
          <button type="button" className="button button-secondary" onClick={() => markAllRead.mutate()} data-testid="notification-read-all">
            {t('panel.readAll')}
          </button>
        )}
      </header>
      <QueryState query={feed}>
        {(data) => (
          <div className="card">
            <NotificationList items={data.items} onRead={(id) => markRead.mutate(id)} label={t('page.title')} />
          </div>
        )}
      </QueryState>
      <p className="muted">{t('page.kept')}</p>
    </section>
  );
}
