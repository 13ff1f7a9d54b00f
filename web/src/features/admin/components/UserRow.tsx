import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { User } from '@/lib/api/types';
import { EDITABLE_STATUSES, ROLES } from '../lib/userFilters';
import type { UserUpdate } from '../api/useUpdateUser';
import { UpdateProblem } from './UpdateProblem';

/**
 * One account: role and status are chosen, then applied with the row's button (a role change or a suspension ends
 * the person's sessions, so nothing changes on a mere slip of the select). Deleted accounts cannot be changed.
 */
export function UserRow({ user, isSelf, onUpdate, pending, error }: { user: User; isSelf: boolean; onUpdate: (update: UserUpdate) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const [role, setRole] = useState(user.role);
  const [status, setStatus] = useState(user.status);
  const deleted = user.status === 'deleted';
  const changed = role !== user.role || status !== user.status;
  const name = `${user.first_name} ${user.last_name}`;
  const apply = () =>
    onUpdate({ id: user.id, changes: { ...(role !== user.role ? { role } : {}), ...(status !== user.status ? { status } : {}) } });

  return (
    <tr data-testid="admin-user-row" data-user-id={user.id}>
      <th scope="row" data-label={t('users.name')}>
        <span className="user-name">{name}</span>
        {isSelf && <span className="badge">{t('users.you')}</span>}
        <span className="user-email">{user.email}</span>
      </th>
      <td data-label={t('users.role')}>
        <select aria-label={t('users.roleOf', { name })} value={role} disabled={deleted || pending} onChange={(event) => setRole(event.target.value)}>
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`role.${option}`)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('users.status')}>
        {deleted ? (
          <span className="badge badge-danger">{t('status.deleted')}</span>
        ) : (
          <select aria-label={t('users.statusOf', { name })} value={status} disabled={pending} onChange={(event) => setStatus(event.target.value)}>
            {EDITABLE_STATUSES.map((option) => (
              <option key={option} value={option}>
                {t(`status.${option}`)}
              </option>
            ))}
          </select>
        )}
      </td>
      <td data-label={t('users.email')}>{user.email_verified ? t('users.verified') : t('users.unverified')}</td>
      <td data-label={t('users.joined')}>{format.date(user.created_at)}</td>
      <td data-label={t('users.actions')}>
        <div className="row-actions">
          {!deleted && (
            <button type="button" className="button button-secondary" disabled={!changed || pending} onClick={apply}>
              {pending ? t('users.applying') : t('users.apply')}
              <span className="visually-hidden"> ({name})</span>
            </button>
          )}
          <UpdateProblem error={error} />
        </div>
      </td>
    </tr>
  );
}
