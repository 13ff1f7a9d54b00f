import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import type { NotificationFeed } from '../lib/notification';
import { NotificationList } from './NotificationList';

type FeedQuery = { data: NotificationFeed | undefined; error: unknown; isPending: boolean; refetch: () => unknown };

/** The bell's panel: the latest few, mark one or all read, and the way to the full list. */
export function NotificationPanel({ id, feed, onRead, onReadAll, onClose }: { id: string; feed: FeedQuery; onRead: (id: string) => void; onReadAll: () => void; onClose: () => void }) {
  const { t } = useTranslation('notifications');
  const hasUnread = (feed.data?.unread_count ?? 0) > 0;
  return (
    <div id={id} className="notification-panel" role="region" aria-labelledby={`${id}-title`}>
      <div className="notification-panel-header">
        <p id={`${id}-title`} className="notification-panel-title">
          {t('panel.title')}
        </p>
        {hasUnread && (
          <button type="button" className="button button-ghost" onClick={onReadAll} data-testid="notification-read-all">
            {t('panel.readAll')}
          </button>
        )}
      </div>
      <QueryState query={feed}>
        {(data) => <NotificationList items={data.items} onRead={onRead} onFollow={onClose} label={t('panel.latest')} />}
      </QueryState>
      <p className="notification-panel-footer">
        <Link to="/notifications" onClick={onClose}>
          {t('panel.seeAll')}
        </Link>
      </p>
    </div>
  );
}
