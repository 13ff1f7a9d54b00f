import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import type { AppNotification } from '../lib/notification';
import { NotificationItem } from './NotificationItem';

export function NotificationList({ items, onRead, onFollow, label }: { items: AppNotification[]; onRead: (id: string) => void; onFollow?: () => void; label: string }) {
  const { t } = useTranslation('notifications');
  if (items.length === 0) return <EmptyState title={t('list.empty')} />;
  return (
    <ul className="notification-list" aria-label={label}>
      {items.map((notification) => (
        <NotificationItem key={notification.id} notification={notification} onRead={onRead} onFollow={onFollow} />
      ))}
    </ul>
  );
}
