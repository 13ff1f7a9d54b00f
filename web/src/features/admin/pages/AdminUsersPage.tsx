import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Pagination } from '@/components/Pagination';
import { EmptyState, QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useFormat } from '@/lib/format';
import type { User } from '@/lib/api/types';
import { useCurrentUser } from '@/lib/auth/useSession';
import { useUsers } from '../api/useUsers';
import { useUpdateUser, type UserUpdate } from '../api/useUpdateUser';
import { useInstructorApplications } from '../api/useInstructorApplications';
import { AdminPage } from '../components/AdminPage';
import { UserSearchForm } from '../components/UserSearchForm';
import { UsersTable } from '../components/UsersTable';
import { InstructorApplications, type Decision } from '../components/InstructorApplications';
import { filtersFromParams, paramsFromFilters, USERS_PAGE_SIZE, type UserFilters } from '../lib/userFilters';

export function AdminUsersPage() {
  return (
    <AdminPage>
      <Users />
    </AdminPage>
  );
}

function Users() {
  const { t } = useTranslation('admin');
  const format = useFormat();
  useDocumentTitle(t('users.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const me = useCurrentUser();
  const users = useUsers(filters);
  const applications = useInstructorApplications();
  const update = useUpdateUser();
  const decide = useUpdateUser();
  const [updating, setUpdating] = useState<string>();
  const [deciding, setDeciding] = useState<string>();
  const [announcement, setAnnouncement] = useState('');

  const search = (next: UserFilters) => setParams(paramsFromFilters(next));
  const onUpdate = (change: UserUpdate) => {
    setUpdating(change.id);
    setAnnouncement('');
    update.mutate(change, { onSuccess: (user) => setAnnouncement(t('users.saved', { name: `${user.first_name} ${user.last_name}` })) });
  };
  const onDecide = (user: User, decision: Decision) => {
    setDeciding(user.id);
    setAnnouncement('');
    const name = `${user.first_name} ${user.last_name}`;
    decide.mutate(
      { id: user.id, changes: { instructor_verification: decision } },
      { onSuccess: () => setAnnouncement(decision === 'verified' ? t('applications.approved', { name }) : t('applications.rejected', { name })) },
    );
  };

  return (
    <>
      <h1>{t('users.title')}</h1>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>

      <section aria-labelledby="applications-title" className="admin-section">
        <h2 id="applications-title">{t('applications.title')}</h2>
        <QueryState query={applications}>
          {(data) => <InstructorApplications applications={data.applications} complete={data.complete} onDecide={onDecide} row={{ id: deciding, pending: decide.isPending, error: decide.error }} />}
        </QueryState>
      </section>

      <section aria-labelledby="accounts-title" className="admin-section">
        <h2 id="accounts-title">{t('users.accounts')}</h2>
        <UserSearchForm key={params.toString()} filters={filters} onSearch={search} />
        <QueryState query={users}>
          {(page) => (
            <>
              <p className="muted" aria-live="polite" data-testid="admin-user-total">
                {t('users.found', { count: page.total, formatted: format.number(page.total) })}
              </p>
              {page.items.length === 0 ? (
                <EmptyState title={t('users.none')} />
              ) : (
                <UsersTable
                  users={page.items}
                  currentUserId={me?.id ?? ''}
                  onUpdate={onUpdate}
                  row={{ id: updating, pending: update.isPending, error: update.error }}
                  caption={t('users.caption')}
                />
              )}
              <Pagination page={filters.page} pageSize={USERS_PAGE_SIZE} total={page.total} onPage={(next) => search({ ...filters, page: next })} />
            </>
          )}
        </QueryState>
      </section>
    </>
  );
}
