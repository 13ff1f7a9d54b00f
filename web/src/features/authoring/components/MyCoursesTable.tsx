import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import { Rating } from '@/components/Rating';
import { useFormat } from '@/lib/format';
import type { CourseSummary } from '../model/types';
import { teachPaths } from '../paths';
import { StatusBadge } from './StatusBadge';

/** The instructor's courses: a table on a desktop, one card per course on a phone (the same markup, restyled). */
export function MyCoursesTable({ courses }: { courses: CourseSummary[] }) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  if (courses.length === 0) {
    return (
      <EmptyState title={t('mine.empty.title')}>
        <p>{t('mine.empty.text')}</p>
        <Link to={teachPaths.newCourse} className="button">
          {t('mine.empty.action')}
        </Link>
      </EmptyState>
    );
  }
  const columns = t('mine.columns', { returnObjects: true }) as Record<string, string>;
  return (
    <div className="table-wrap teach-table-wrap">
      <table className="table teach-table">
        <caption className="visually-hidden">{t('mine.count', { count: courses.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{columns.title}</th>
            <th scope="col">{columns.status}</th>
            <th scope="col">{columns.lessons}</th>
            <th scope="col">{columns.enrollments}</th>
            <th scope="col">{columns.rating}</th>
            <th scope="col">{columns.published}</th>
            <th scope="col">{columns.actions}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((course) => (
            <tr key={course.id} data-testid="teach-course-row" data-course-id={course.id}>
              <th scope="row" className="teach-title-cell">
                <Link to={teachPaths.course(course.id)}>{course.title}</Link>
                {course.subtitle && <span className="muted teach-subtitle">{course.subtitle}</span>}
              </th>
              <td data-label={columns.status}>
                <StatusBadge status={course.status} />
              </td>
              <td data-label={columns.lessons}>{format.number(course.total_lessons)}</td>
              <td data-label={columns.enrollments}>{format.number(course.enrollments_count)}</td>
              <td data-label={columns.rating}>
                {course.reviews_count > 0 ? <Rating value={course.average_rating} count={course.reviews_count} /> : <span className="muted">{t('mine.noRating')}</span>}
              </td>
              <td data-label={columns.published}>
                {course.published_at ? <time dateTime={course.published_at}>{format.date(course.published_at)}</time> : <span className="muted">{t('mine.neverPublished')}</span>}
              </td>
              <td className="teach-actions-cell">
                <Link to={teachPaths.course(course.id)} className="button button-secondary" aria-label={t('mine.editNamed', { title: course.title })}>
                  {t('mine.edit')}
                </Link>
                <Link to={teachPaths.stats(course.id)} className="button button-ghost" aria-label={t('mine.statsNamed', { title: course.title })}>
                  {t('mine.stats')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
