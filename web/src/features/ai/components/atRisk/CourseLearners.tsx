import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { isProblem } from '@/lib/api/problem';
import { useCourseAnalysis } from '../../api/useCourseAnalysis';
import { CourseLearnersView } from './CourseLearnersView';
import '../../ai.css';

/**
 * At the end of the course statistics (the `courseStatsExtra` slot): "Learners who need support". Nothing for whom
 * the service does not show it (403: not the course's instructor; 404: unknown to it).
 */
export function CourseLearners({ courseId }: { courseId: string }) {
  const { t } = useTranslation('ai');
  const headingId = useId();
  const analysis = useCourseAnalysis(courseId);
  if (isProblem(analysis.error, 403) || isProblem(analysis.error, 404)) return null;
  return (
    <section className="at-risk" aria-labelledby={headingId} data-testid="at-risk">
      <h2 id={headingId}>{t('atRisk.title')}</h2>
      <p className="muted at-risk-lead">{t('atRisk.lead')}</p>
      {analysis.isPending ? (
        <Loading />
      ) : analysis.error || !analysis.data ? (
        <ErrorMessage error={analysis.error} onRetry={() => void analysis.refetch()} />
      ) : (
        <CourseLearnersView courseId={courseId} analysis={analysis.data} />
      )}
    </section>
  );
}
