import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { CourseDetail } from '@/lib/api/types';
import { useCatalogLabels } from '../useCatalogLabels';

/** Level, language, duration and number of lessons, as a description list. */
export function CourseFacts({ course }: { course: Pick<CourseDetail, 'level' | 'language' | 'total_duration_hours' | 'total_lessons'> }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const labels = useCatalogLabels();
  return (
    <dl className="course-facts">
      <div>
        <dt>{t('course.level')}</dt>
        <dd>{labels.level(course.level)}</dd>
      </div>
      <div>
        <dt>{t('course.language')}</dt>
        <dd>{labels.language(course.language)}</dd>
      </div>
      <div>
        <dt>{t('course.duration')}</dt>
        <dd>{format.hours(course.total_duration_hours)}</dd>
      </div>
      <div>
        <dt>{t('course.lessons')}</dt>
        <dd>{format.number(course.total_lessons)}</dd>
      </div>
    </dl>
  );
}
