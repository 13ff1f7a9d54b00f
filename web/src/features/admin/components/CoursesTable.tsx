import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { CourseSummary } from '@/lib/api/types';

/** Courses with their page and their editor; read-only here (editing is the instructors' screens). */
export function CoursesTable({ courses, caption }: { courses: CourseSummary[]; caption: string }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  return (
    <div className="table-wrap responsive-table">
      <table className="table courses-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('courses.course')}</th>
            <th scope="col">{t('courses.instructor')}</th>
            <th scope="col">{t('courses.status')}</th>
            <th scope="col">{t('courses.enrollments')}</th>
            <th scope="col">{t('courses.rating')}</th>
            <th scope="col">{t('courses.publishedAt')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('courses.links')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {courses.map((course) => (
            <tr key={course.id} data-testid="admin-course-row">
              <th scope="row" data-label={t('courses.course')}>
                <Link to={`/courses/${course.id}`}>{course.title}</Link>
              </th>
              <td data-label={t('courses.instructor')}>{course.instructor_name}</td>
              <td data-label={t('courses.status')}>
                <span className={course.status === 'published' ? 'badge badge-success' : course.status === 'archived' ? 'badge badge-danger' : 'badge badge-warning'}>
                  {t(`courseStatus.${course.status}`, { defaultValue: course.status })}
                </span>
              </td>
              <td data-label={t('courses.enrollments')}>{format.number(course.enrollments_count)}</td>
              <td data-label={t('courses.rating')}>
                {course.reviews_count > 0 ? t('courses.ratingValue', { value: format.number(course.average_rating, 1), count: course.reviews_count }) : t('courses.noRating')}
              </td>
              <td data-label={t('courses.publishedAt')}>{course.published_at ? format.date(course.published_at) : '—'}</td>
              <td data-label={t('courses.links')}>
                <div className="row-links">
                  <Link to={`/teach/courses/${course.id}`}>
                    {t('courses.edit')}
                    <span className="visually-hidden"> ({course.title})</span>
                  </Link>
                  <Link to={`/teach/courses/${course.id}/stats`}>
                    {t('courses.stats')}
                    <span className="visually-hidden"> ({course.title})</span>
                  </Link>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
