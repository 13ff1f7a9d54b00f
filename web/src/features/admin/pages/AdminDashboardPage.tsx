import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { usePlatformStats } from '../api/usePlatformStats';
import { AdminPage } from '../components/AdminPage';
import { StatCards } from '../components/StatCards';
import { EnrollmentsFigure } from '../components/EnrollmentsFigure';
import { TopCoursesFigure } from '../components/TopCoursesFigure';

export function AdminDashboardPage() {
  return (
    <AdminPage>
      <Dashboard />
    </AdminPage>
  );
}

function Dashboard() {
  const { t } = useTranslation('admin');
  useDocumentTitle(t('dashboard.title'));
  const stats = usePlatformStats();
  return (
    <>
      <header className="page-header">
        <h1>{t('dashboard.title')}</h1>
        <div className="actions">
          <Link to="/admin/users" className="button button-secondary">
            {t('dashboard.toUsers')}
          </Link>
          <Link to="/admin/courses" className="button button-secondary">
            {t('dashboard.toCourses')}
          </Link>
        </div>
      </header>
      <QueryState query={stats}>
        {(data) => (
          <>
            <section aria-labelledby="figures-title">
              <h2 id="figures-title" className="visually-hidden">
                {t('dashboard.figures')}
              </h2>
              <StatCards stats={data} />
            </section>
            <EnrollmentsFigure days={data.enrollments_over_time} />
            <TopCoursesFigure courses={data.top_courses} />
          </>
        )}
      </QueryState>
    </>
  );
}
