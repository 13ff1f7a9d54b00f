import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '@/components/RequireAuth';
import { EmptyState, QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { EnrollmentCard } from '../components/EnrollmentCard';
import { EnrollmentFilterBar } from '../components/EnrollmentFilterBar';
import { countByFilter, filterEnrollments, parseEnrollmentFilter, type EnrollmentFilter } from '../model/enrollmentFilters';
import type { EnrollmentView } from '../types';
import '../learning.css';

export function MyLearningPage() {
  return (
    <RequireAuth>
      <MyLearning />
    </RequireAuth>
  );
}

function MyLearning() {
  const { t } = useTranslation('learning');
  useDocumentTitle(t('myLearning.title'));
  const enrollments = useMyEnrollments();
  return (
    <section className="page my-learning">
      <header>
        <h1>{t('myLearning.title')}</h1>
        <p className="muted">{t('myLearning.intro')}</p>
      </header>
      <QueryState query={enrollments}>{(list) => <EnrollmentList enrollments={list} />}</QueryState>
    </section>
  );
}

function EnrollmentList({ enrollments }: { enrollments: EnrollmentView[] }) {
  const { t } = useTranslation('learning');
  const [params, setParams] = useSearchParams();
  const counts = countByFilter(enrollments);
  const filter = parseEnrollmentFilter(params.get('show'), counts);
  const shown = filterEnrollments(enrollments, filter);
  const setFilter = (next: EnrollmentFilter) => setParams({ show: next }, { replace: true, preventScrollReset: true });

  if (enrollments.length === 0) {
    return (
      <EmptyState title={t('myLearning.emptyTitle')}>
        <p>{t('myLearning.emptyHint')}</p>
        <Link className="button" to="/courses">
          {t('myLearning.browseCatalog')}
        </Link>
      </EmptyState>
    );
  }

  return (
    <>
      <EnrollmentFilterBar value={filter} counts={counts} onChange={setFilter} />
      <div aria-live="polite">
        {shown.length === 0 ? (
          <EmptyState title={filter === 'completed' ? t('myLearning.emptyCompleted') : t('myLearning.emptyInProgress')}>
            <Link to="/courses">{t('myLearning.browseCatalog')}</Link>
          </EmptyState>
        ) : (
          <ul className="enrollment-grid" role="list">
            {shown.map((enrollment) => (
              <li key={enrollment.id}>
                <EnrollmentCard enrollment={enrollment} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
