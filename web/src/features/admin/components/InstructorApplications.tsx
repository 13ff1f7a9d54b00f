import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import { useFormat } from '@/lib/format';
import type { User } from '@/lib/api/types';
import type { RowState } from './UsersTable';
import { UpdateProblem } from './UpdateProblem';

export type Decision = 'verified' | 'rejected';

/** Pending applications, oldest first: who, what they teach, and approve (becomes instructor) or refuse. */
export function InstructorApplications({ applications, onDecide, row, complete }: { applications: User[]; onDecide: (user: User, decision: Decision) => void; row: RowState; complete: boolean }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  if (applications.length === 0) return <EmptyState title={t('applications.none')} />;
  return (
    <>
      {!complete && <p className="muted">{t('applications.partial')}</p>}
      <ul className="applications">
        {applications.map((user) => {
          const info = user.instructor_info;
          const name = `${user.first_name} ${user.last_name}`;
          const pending = row.id === user.id && row.pending;
          return (
            <li key={user.id} className="card application" data-testid="instructor-application">
              <h3>{name}</h3>
              <p className="muted">
                {user.email}
                {info?.applied_at ? ` · ${t('applications.appliedOn', { date: format.date(info.applied_at) })}` : ''}
              </p>
              {info?.bio && <p className="application-bio">{info.bio}</p>}
              {info?.expertise_tags && info.expertise_tags.length > 0 && (
                <ul className="application-tags" aria-label={t('applications.expertise')}>
                  {info.expertise_tags.map((tag) => (
                    <li key={tag} className="badge">
                      {tag}
                    </li>
                  ))}
                </ul>
              )}
              <div className="actions">
                <button type="button" className="button" disabled={pending} onClick={() => onDecide(user, 'verified')}>
                  {t('applications.approve')}
                  <span className="visually-hidden"> ({name})</span>
                </button>
                <button type="button" className="button button-secondary" disabled={pending} onClick={() => onDecide(user, 'rejected')}>
                  {t('applications.reject')}
                  <span className="visually-hidden"> ({name})</span>
                </button>
              </div>
              {row.id === user.id && <UpdateProblem error={row.error} />}
            </li>
          );
        })}
      </ul>
    </>
  );
}
