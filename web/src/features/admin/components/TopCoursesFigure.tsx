import { Suspense } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading, EmptyState } from '@/components/States';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';
import { LazyTopCoursesChart } from './charts/lazyCharts';

/** The most followed published courses: bars, and the same ranking as a table with links. */
export function TopCoursesFigure({ courses }: { courses: CoursesSchemas['CourseRank'][] }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  return (
    <figure className="card chart-figure" aria-labelledby="top-courses-caption">
      <figcaption id="top-courses-caption">
        <h2>{t('charts.topTitle')}</h2>
        {courses[0] && <p className="muted">{t('charts.topSummary', { title: courses[0].title, count: format.number(courses[0].enrollments) })}</p>}
      </figcaption>
      {courses.length === 0 ? (
        <EmptyState title={t('charts.noCourses')} />
      ) : (
        <>
          <Suspense fallback={<Loading label={t('charts.loading')} />}>
            <LazyTopCoursesChart courses={courses} label={t('charts.enrollments')} />
          </Suspense>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('charts.topCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('charts.rank')}</th>
                  <th scope="col">{t('charts.course')}</th>
                  <th scope="col">{t('charts.enrollments')}</th>
                  <th scope="col">{t('charts.rating')}</th>
                </tr>
              </thead>
              <tbody>
                {courses.map((course, index) => (
                  <tr key={course.course_id}>
                    <td>{format.number(index + 1)}</td>
                    <td>
                      <Link to={`/courses/${course.course_id}`}>{course.title}</Link>
                    </td>
                    <td>{format.number(course.enrollments)}</td>
                    <td>{course.average_rating > 0 ? t('charts.ratingValue', { value: format.number(course.average_rating, 1) }) : t('charts.noRating')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
