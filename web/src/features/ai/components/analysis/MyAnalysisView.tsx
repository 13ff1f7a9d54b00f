import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import { catalogPath } from '../../lib/paths';
import type { MyAnalysis } from '../../types';
import { AiModeLabel } from '../AiModeLabel';
import { CourseAnalysisCard } from './CourseAnalysisCard';
import { SummaryFigures } from './SummaryFigures';
import { WeeklyActivityFigure } from './WeeklyActivityFigure';

/** The learner's analysis once loaded: figures, the weekly chart, then course by course; a way out when empty. */
export function MyAnalysisView({ analysis }: { analysis: MyAnalysis }) {
  const { t } = useTranslation('ai');
  const coursesId = useId();
  if (analysis.courses.length === 0) {
    return (
      <EmptyState title={t('analysis.empty.title')}>
        <p>{t('analysis.empty.body')}</p>
        <Link to={catalogPath} className="button">
          {t('analysis.empty.catalog')}
        </Link>
      </EmptyState>
    );
  }
  return (
    <>
      <AiModeLabel mode={analysis.mode} local={t('analysis.modeLocal')} llm={t('analysis.modeLlm')} testId="analysis-mode" />
      <SummaryFigures summary={analysis.summary} />
      <WeeklyActivityFigure weeks={analysis.weekly_activity} />
      <section aria-labelledby={coursesId} className="analysis-courses">
        <h2 id={coursesId}>{t('analysis.courses.title')}</h2>
        <ul className="analysis-course-list">
          {analysis.courses.map((course) => (
            <CourseAnalysisCard key={course.course_id} course={course} />
          ))}
        </ul>
      </section>
    </>
  );
}
