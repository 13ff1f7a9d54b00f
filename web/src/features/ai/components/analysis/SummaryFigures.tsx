import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { paceText, scoreText } from '../../lib/analysisText';
import type { LearnerSummary } from '../../types';

/** The learner's figures at a glance, as a description list (term, value) that reads well aloud. */
export function SummaryFigures({ summary }: { summary: LearnerSummary }) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  const headingId = useId();
  const noScore = summary.average_quiz_score === null || summary.average_quiz_score === undefined;
  // [term, value, whether the value is words rather than a figure (written smaller)]
  const figures: [string, string, boolean][] = [
    [t('analysis.summary.courses'), format.number(summary.courses), false],
    [t('analysis.summary.completedCourses'), format.number(summary.completed_courses), false],
    [t('analysis.summary.lessonsCompleted'), format.number(summary.lessons_completed), false],
    [t('analysis.summary.averageScore'), scoreText(t, format, summary.average_quiz_score), noScore],
    [t('analysis.summary.activeDays'), format.number(summary.active_days_last_30), false],
    [t('analysis.summary.pace'), paceText(t, format, summary.lessons_per_week), true],
  ];
  return (
    <section aria-labelledby={headingId} data-testid="analysis-summary">
      <h2 id={headingId}>{t('analysis.summary.title')}</h2>
      <dl className="ai-figures">
        {figures.map(([term, value, words]) => (
          <div key={term} className="card ai-figure-item">
            <dt>{term}</dt>
            <dd className={words ? 'ai-figure-words' : undefined}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
