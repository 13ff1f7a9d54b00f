import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PriceTag } from '@/components/PriceTag';
import { Rating } from '@/components/Rating';
import { useFormat } from '@/lib/format';
import type { CourseSummary } from '@/lib/api/types';
import { useCatalogLabels } from '../useCatalogLabels';
import { CourseThumbnail } from './CourseThumbnail';
import { ClockIcon, ListIcon } from './FactIcons';

/**
 * One course in a list. The link is the title (a screen reader going through the links hears titles, not
 * paragraphs) and covers the whole card for the pointer (catalog.css: .course-card-link::after).
 */
export function CourseCard({ course, headingLevel = 3 }: { course: CourseSummary; headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="course-card" data-testid="course-card" aria-labelledby={titleId}>
      <CourseThumbnail id={course.id} domain={course.domain} url={course.thumbnail_url} />
      <div className="course-card-body">
        <Heading id={titleId} className="course-card-title">
          <Link to={`/courses/${course.id}`} className="course-card-link">
            {course.title}
          </Link>
        </Heading>
        <div className="course-card-details">
          {course.subtitle && <p className="course-card-subtitle">{course.subtitle}</p>}
          <p className="course-card-instructor">{t('card.by', { name: course.instructor_name })}</p>
          <p className="course-card-rating">
            {course.reviews_count > 0 ? <Rating value={course.average_rating} count={course.reviews_count} /> : <span className="muted">{t('card.noReviews')}</span>}
          </p>
          <p className="course-card-meta">
            <span className="badge">{labels.level(course.level)}</span>
            <span className="course-card-fact">
              <ClockIcon />
              {format.hours(course.total_duration_hours)}
            </span>
            <span className="course-card-fact">
              <ListIcon />
              {t('card.lessons', { count: course.total_lessons })}
            </span>
          </p>
          <p className="course-card-price">
            <PriceTag price={course.price} />
          </p>
        </div>
      </div>
    </article>
  );
}
