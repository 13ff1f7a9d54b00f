import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/States';
import { useFormat } from '@/lib/format';
import { formatDay, weeklySummary } from '../../lib/analysisText';
import type { WeekActivity } from '../../types';
import { LazyWeeklyActivityChart } from './charts/lazyCharts';

/**
 * The weekly activity chart with its sentence for everyone and, for screen readers, the same figures as a table
 * (the drawing itself is hidden from them). No chart when nothing happened: the sentence says so.
 */
export function WeeklyActivityFigure({ weeks }: { weeks: WeekActivity[] }) {
  const { t, i18n } = useTranslation('ai');
  const format = useFormat();
  const id = useId();
  const title = t('analysis.weekly.title');
  const active = weeks.some((week) => week.lessons_completed + week.quiz_attempts > 0);
  return (
    <figure className="card ai-figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <figcaption id={`${id}-summary`} className="muted">
        {weeklySummary(t, format, i18n.language, weeks)}
      </figcaption>
      {active && (
        <div className="ai-chart" aria-hidden="true">
          <Suspense fallback={<Loading label={t('analysis.weekly.loading')} />}>
            <LazyWeeklyActivityChart weeks={weeks} />
          </Suspense>
        </div>
      )}
      {/* Hidden by its wrapper: a table will not shrink to the 1 px the hiding class gives it. */}
      <div className="visually-hidden">
        <table>
          <caption>{t('analysis.weekly.table', { title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analysis.weekly.week')}</th>
              <th scope="col">{t('analysis.weekly.lessonsSeries')}</th>
              <th scope="col">{t('analysis.weekly.attemptsSeries')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.week_start}>
                <th scope="row">{formatDay(i18n.language, week.week_start)}</th>
                <td>{format.number(week.lessons_completed)}</td>
                <td>{format.number(week.quiz_attempts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
