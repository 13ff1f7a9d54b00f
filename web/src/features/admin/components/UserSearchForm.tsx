import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, STATUSES, type Role, type Status, type UserFilters } from '../lib/userFilters';

/** Search text, role and status; a new search starts at page 1. */
export function UserSearchForm({ filters, onSearch }: { filters: UserFilters; onSearch: (filters: UserFilters) => void }) {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState(filters.search);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...filters, search, page: 1 });
  };
  return (
    <form className="card user-search" role="search" onSubmit={submit} aria-label={t('users.searchLabel')}>
      <div className="field grow">
        <label htmlFor="admin-user-search">{t('users.search')}</label>
        <input id="admin-user-search" type="search" value={search} maxLength={100} onChange={(event) => setSearch(event.target.value)} placeholder={t('users.searchPlaceholder')} data-testid="admin-user-search" />
      </div>
      <div className="field">
        <label htmlFor="admin-user-role">{t('users.role')}</label>
        <select id="admin-user-role" value={filters.role} onChange={(event) => onSearch({ ...filters, search, role: event.target.value as Role | '', page: 1 })}>
          <option value="">{t('users.anyRole')}</option>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="admin-user-status">{t('users.status')}</label>
        <select id="admin-user-status" value={filters.status} onChange={(event) => onSearch({ ...filters, search, status: event.target.value as Status | '', page: 1 })}>
          <option value="">{t('users.anyStatus')}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        {t('users.searchSubmit')}
      </button>
    </form>
  );
}
