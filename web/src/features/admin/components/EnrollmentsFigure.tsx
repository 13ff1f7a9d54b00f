import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/States';
import { useFormat } from '@/lib/format';
import { dayFormatter } from '../lib/dayFormat';
import { summarizeDays, weeklyTotals, type DailyCount } from '../lib/statsSummary';
import { LazyEnrollmentsChart } from './charts/lazyCharts';

/** The chart for the eyes, a sentence and a table (by week) for everyone else, and for anyone who wants the numbers. */
export function EnrollmentsFigure({ days }: { days: DailyCount[] }) {
  const { t, i18n } = useTranslation('admin');
  const format = useFormat();
  const day = dayFormatter(i18n.language);
  const summary = summarizeDays(days);
  return (
    <figure className="card chart-figure" aria-labelledby="enrollments-caption">
      <figcaption id="enrollments-caption">
        <h2>{t('charts.enrollmentsTitle')}</h2>
        <p className="muted" data-testid="enrollments-summary">
          {summary.from && summary.to
            ? t('charts.enrollmentsSummary', { total: format.number(summary.total), from: day(summary.from), to: day(summary.to), lastWeek: format.number(summary.lastWeek) })
            : t('charts.noData')}{' '}
          {summary.peak ? t('charts.enrollmentsPeak', { day: day(summary.peak.date), count: format.number(summary.peak.count) }) : ''}
        </p>
      </figcaption>
      {summary.total > 0 && (
        <Suspense fallback={<Loading label={t('charts.loading')} />}>
          <LazyEnrollmentsChart days={days} label={t('charts.enrollments')} />
        </Suspense>
      )}
      <details className="chart-data">
        <summary>{t('charts.showTable')}</summary>
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('charts.weeklyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.weekOf')}</th>
                <th scope="col">{t('charts.enrollments')}</th>
              </tr>
            </thead>
            <tbody>
              {weeklyTotals(days).map((week) => (
                <tr key={week.date}>
                  <td>{day(week.date)}</td>
                  <td>{format.number(week.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
