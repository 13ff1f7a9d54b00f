import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { AppNotification } from '../lib/notification';
import { appPath } from '../lib/notificationLink';

/**
 * One notification: unread ones are marked in words as well as by the dot; the title leads to the notification's
 * page (and marks it read); a button marks it read without leaving.
 */
export function NotificationItem({ notification, onRead, onFollow }: { notification: AppNotification; onRead: (id: string) => void; onFollow?: () => void }) {
  const { t } = useTranslation('notifications');
  const format = useFormat();
  const path = appPath(notification.link);
  const follow = () => {
    if (!notification.read) onRead(notification.id);
    onFollow?.();
  };
  return (
    <li className={notification.read ? 'notification' : 'notification unread'} data-testid="notification-item" data-read={notification.read}>
      <span className="notification-dot" aria-hidden="true" />
      <div className="notification-content">
        <p className="notification-title">
          {!notification.read && <span className="visually-hidden">{t('item.unread')}</span>}
          {path ? (
            <Link to={path} onClick={follow}>
              {notification.title}
            </Link>
          ) : (
            notification.title
          )}
        </p>
        {notification.body && <p className="notification-body">{notification.body}</p>}
        <div className="notification-meta">
          <time dateTime={notification.created_at} title={format.dateTime(notification.created_at)}>
            {format.relative(notification.created_at)}
          </time>
          {!notification.read && (
            <button type="button" className="notification-read" onClick={() => onRead(notification.id)} aria-label={t('item.markReadOf', { title: notification.title })}>
              {t('item.markRead')}
            </button>
          )}
        </div>
      </div>
    </li>
  );
}
