import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/States';
import { useFormat } from '@/lib/format';
import { paceText } from '../../lib/analysisText';
import type { CourseLearnersAnalysis } from '../../types';
import { AiModeLabel } from '../AiModeLabel';
import { AtRiskList } from './AtRiskList';
import { QuizTopicsTable } from './QuizTopicsTable';

/** A course's learners for its instructor: overview, who needs support, how the quizzes go, and the thresholds used. */
export function CourseLearnersView({ courseId, analysis }: { courseId: string; analysis: CourseLearnersAnalysis }) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  const { thresholds } = analysis;
  // [term, value, whether the value is words rather than a figure (written smaller)]
  const overview: [string, string, boolean][] = [
    [t('atRisk.overview.learners'), format.number(analysis.learners), false],
    [t('atRisk.overview.averageProgress'), format.percent(analysis.average_progress), false],
    [t('atRisk.overview.medianPace'), paceText(t, format, analysis.median_lessons_per_week), true],
  ];
  return (
    <>
      <AiModeLabel mode={analysis.mode} local={t('atRisk.modeLocal')} llm={t('atRisk.modeLlm')} testId="at-risk-mode" />
      <dl className="ai-figures" aria-label={t('atRisk.overview.label')}>
        {overview.map(([term, value, words]) => (
          <div key={term} className="card ai-figure-item">
            <dt>{term}</dt>
            <dd className={words ? 'ai-figure-words' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
      {analysis.at_risk.length === 0 ? (
        <EmptyState title={t('atRisk.empty')}>
          <p>{t('atRisk.emptyHint')}</p>
        </EmptyState>
      ) : (
        <AtRiskList courseId={courseId} learners={analysis.at_risk} />
      )}
      <h3>{t('atRisk.quizzes.title')}</h3>
      <QuizTopicsTable topics={analysis.quiz_topics} weakIds={new Set(analysis.weak_topics.map((topic) => topic.lesson_id))} />
      <p className="muted at-risk-note">
        {t('atRisk.thresholds', { inactive: thresholds.inactive_days, low: thresholds.low_average, failures: thresholds.repeated_failures, weak: thresholds.weak_score })}
      </p>
    </>
  );
}
