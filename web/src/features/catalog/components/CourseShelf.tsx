import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { CourseSummary } from '@/lib/api/types';
import { CourseGrid, CourseGridSkeleton } from './CourseGrid';

/** A titled row of courses on the home page, with a link to the whole list in the catalog. */
export function CourseShelf({
  id,
  title,
  lead,
  seeAllHref,
  courses,
  loading,
  error,
  onRetry,
  size,
  empty,
}: {
  id: string;
  title: string;
  lead: string;
  seeAllHref: string;
  courses: CourseSummary[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  size: number;
  empty: ReactNode;
}) {
  const { t } = useTranslation('catalog');
  return (
    <section className="home-section" aria-labelledby={id}>
      <div className="section-header">
        <div>
          <h2 id={id}>{title}</h2>
          <p className="muted">{lead}</p>
        </div>
        <Link to={seeAllHref} className="see-all">
          {t('home.seeAll')}
          <span className="visually-hidden"> ({title})</span> <span aria-hidden="true">→</span>
        </Link>
      </div>
      {loading ? (
        <CourseGridSkeleton count={size} />
      ) : error || !courses ? (
        <ErrorMessage error={error} onRetry={onRetry} />
      ) : courses.length === 0 ? (
        empty
      ) : (
        <CourseGrid courses={courses} />
      )}
    </section>
  );
}
