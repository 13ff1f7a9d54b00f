import { useTranslation } from 'react-i18next';
import type { User } from '@/lib/api/types';
import type { UserUpdate } from '../api/useUpdateUser';
import { UserRow } from './UserRow';

export type RowState = { id: string | undefined; pending: boolean; error: unknown };

/** The page of accounts; the row being changed shows its progress and any refusal. */
export function UsersTable({ users, currentUserId, onUpdate, row, caption }: { users: User[]; currentUserId: string; onUpdate: (update: UserUpdate) => void; row: RowState; caption: string }) {
  const { t } = useTranslation('admin');
  return (
    <div className="table-wrap responsive-table">
      <table className="table users-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.joined')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            // Keyed by the last change too, so a row shows the saved values after the list reloads.
            <UserRow
              key={`${user.id}:${user.updated_at}`}
              user={user}
              isSelf={user.id === currentUserId}
              onUpdate={onUpdate}
              pending={row.id === user.id && row.pending}
              error={row.id === user.id ? row.error : null}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
