import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Rating } from '@/components/Rating';
import { useFormat } from '@/lib/format';
import type { CourseDetail } from '@/lib/api/types';
import { catalogHref } from '../catalogFilters';
import { useCatalogLabels } from '../useCatalogLabels';

/** The top of the course page: where it sits in the catalog, its title (the page's h1) and what people think of it. */
export function CourseHero({ course }: { course: CourseDetail }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  const updated = course.updated_at || course.published_at;
  return (
    <header className="course-hero">
      <div className="course-hero-inner">
        <nav aria-label={t('course.breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to="/courses">{t('catalog.title')}</Link>
            </li>
            <li>
              <Link to={catalogHref({ domain: course.domain })}>{labels.domain(course.domain)}</Link>
            </li>
            {course.category && (
              <li>
                <Link to={catalogHref({ domain: course.domain, category: course.category })}>{labels.category(course.category)}</Link>
              </li>
            )}
          </ol>
        </nav>
        {course.status !== 'published' && (
          <p className="badge badge-warning">{t(`course.status.${course.status}`, { defaultValue: course.status })}</p>
        )}
        <h1 data-testid="course-title">{course.title}</h1>
        {course.subtitle && <p className="course-hero-subtitle">{course.subtitle}</p>}
        <div className="course-hero-meta">
          {course.reviews_count > 0 ? (
            <a href="#reviews-title" className="course-hero-rating">
              <Rating value={course.average_rating} count={course.reviews_count} />
            </a>
          ) : (
            <span>{t('card.noReviews')}</span>
          )}
          <span>{t('course.learners', { count: course.enrollments_count })}</span>
          <span className="badge">{labels.level(course.level)}</span>
        </div>
        <p className="course-hero-byline">
          {t('course.createdBy', { name: course.instructor_name })}
          {updated && (
            <>
              {' · '}
              {t('course.updated', { date: format.date(updated) })}
            </>
          )}
          {' · '}
          {labels.language(course.language)}
        </p>
      </div>
    </header>
  );
}
