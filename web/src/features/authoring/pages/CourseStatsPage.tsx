import { lazy, Suspense } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading, QueryState } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useEditableCourse } from '../api/courses';
import { useCourseStats } from '../api/stats';
import { KeyFigures } from '../components/stats/KeyFigures';
import { StatusBadge } from '../components/StatusBadge';
import { teachPaths } from '../paths';
import { courseStatsExtra } from '@/lib/slots';
import '../authoring.css';

// recharts is large: only this page downloads it, and only once the figures are there.
const StatsCharts = lazy(() => import('../components/stats/StatsCharts'));

export function CourseStatsPage() {
  const { courseId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const course = useEditableCourse(courseId);
  const stats = useCourseStats(courseId);
  const title = course.data?.title;
  useDocumentTitle(title ? t('stats.title', { title }) : t('stats.titleShort'));

  return (
    <section className="page teach-page">
      <nav aria-label={t('stats.back')} className="breadcrumbs">
        <Link to={teachPaths.mine}>{t('editor.back')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={teachPaths.course(courseId)}>{title ?? t('stats.back')}</Link>
      </nav>
      <header className="page-header">
        <div>
          <h1>{title ? t('stats.title', { title }) : t('stats.titleShort')}</h1>
          {course.data && (
            <p className="editor-meta">
              <StatusBadge status={course.data.status} />
            </p>
          )}
        </div>
        <Link to={teachPaths.course(courseId)} className="button button-secondary">
          ← {t('stats.back')}
        </Link>
      </header>
      <QueryState query={stats}>
        {(data) => (
          <>
            <KeyFigures stats={data} />
            {data.enrollments === 0 ? (
              <EmptyState title={t('stats.noEnrollments')} />
            ) : (
              <Suspense fallback={<Loading label={t('stats.charts.loading')} />}>
                <StatsCharts stats={data} />
              </Suspense>
            )}
          </>
        )}
      </QueryState>
      <courseStatsExtra.Render courseId={courseId} />
    </section>
  );
}
