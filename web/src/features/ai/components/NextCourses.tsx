import { useTranslation } from 'react-i18next';
import { RecommendationsSection } from './RecommendationsSection';

/** "What next?" on the completion screen (the `nextCourses` slot): never the course just finished. */
export function NextCourses({ courseId }: { courseId: string }) {
  const { t } = useTranslation('ai');
  return <RecommendationsSection title={t('recommendations.nextTitle')} lead={t('recommendations.nextLead')} excludeCourseId={courseId} />;
}
