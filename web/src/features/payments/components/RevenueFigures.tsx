import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, Loading } from '@/components/States';
import type { Revenue } from '../api/types';
import { dayFormatter } from '../lib/dayFormat';
import { activeDays, bestDay } from '../lib/revenueSummary';
import { useMoney } from '../hooks/useMoney';
import { LazyRevenueBarsChart, LazyRevenueDayChart } from './charts/lazyCharts';
import { RevenueCoursesTable, RevenueDaysTable, RevenuePlansTable } from './RevenueTables';

// Each chart is a figure: a sentence that says what it shows, the chart for the eyes (hidden from screen readers),
// and the same numbers as a table for everyone.

export function RevenueByDayFigure({ revenue }: { revenue: Revenue }) {
  const { t, i18n } = useTranslation('payments');
  const money = useMoney();
  const day = dayFormatter(i18n.language);
  const best = bestDay(revenue.by_day);
  const days = activeDays(revenue.by_day);
  return (
    <figure className="card chart-figure pay-figure" aria-labelledby="revenue-days-caption">
      <figcaption id="revenue-days-caption">
        <h2>{t('revenue.byDayTitle')}</h2>
        <p className="muted">
          {t('revenue.byDaySummary', { net: money(revenue.net, revenue.currency), from: day(revenue.from), to: day(revenue.to), count: days.length })}{' '}
          {best ? t('revenue.bestDay', { day: day(best.date), net: money(best.net, revenue.currency) }) : ''}
        </p>
      </figcaption>
      {days.length > 0 && (
        <Suspense fallback={<Loading label={t('revenue.chartLoading')} />}>
          <LazyRevenueDayChart days={revenue.by_day} currency={revenue.currency} labels={{ gross: t('revenue.gross'), refunded: t('revenue.refunded') }} />
        </Suspense>
      )}
      {days.length > 0 && (
        <details className="chart-data">
          <summary>{t('revenue.showDays')}</summary>
          <RevenueDaysTable days={days} currency={revenue.currency} />
        </details>
      )}
    </figure>
  );
}

export function RevenueByCourseFigure({ revenue }: { revenue: Revenue }) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  const courses = [...revenue.by_course].sort((a, b) => b.gross - b.refunded - (a.gross - a.refunded));
  const top = courses[0];
  return (
    <figure className="card chart-figure pay-figure" aria-labelledby="revenue-courses-caption">
      <figcaption id="revenue-courses-caption">
        <h2>{t('revenue.byCourseTitle')}</h2>
        {top && <p className="muted">{t('revenue.byCourseSummary', { count: courses.length, title: top.title, net: money(top.gross - top.refunded, revenue.currency) })}</p>}
      </figcaption>
      {courses.length === 0 ? (
        <EmptyState title={t('revenue.noCourseSales')} />
      ) : (
        <>
          <Suspense fallback={<Loading label={t('revenue.chartLoading')} />}>
            <LazyRevenueBarsChart bars={courses.slice(0, 10).map((course) => ({ name: course.title, net: course.gross - course.refunded }))} currency={revenue.currency} label={t('revenue.net')} />
          </Suspense>
          <RevenueCoursesTable courses={courses} currency={revenue.currency} />
        </>
      )}
    </figure>
  );
}

export function RevenueByPlanFigure({ revenue }: { revenue: Revenue }) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  const plans = revenue.by_plan.filter((plan) => plan.count > 0 || plan.gross > 0);
  const total = plans.reduce((sum, plan) => sum + plan.gross - plan.refunded, 0);
  return (
    <figure className="card chart-figure pay-figure" aria-labelledby="revenue-plans-caption">
      <figcaption id="revenue-plans-caption">
        <h2>{t('revenue.byPlanTitle')}</h2>
        {plans.length > 0 && <p className="muted">{t('revenue.byPlanSummary', { net: money(total, revenue.currency), count: plans.reduce((sum, plan) => sum + plan.count, 0) })}</p>}
      </figcaption>
      {plans.length === 0 ? (
        <EmptyState title={t('revenue.noPlanSales')} />
      ) : (
        <>
          <Suspense fallback={<Loading label={t('revenue.chartLoading')} />}>
            <LazyRevenueBarsChart bars={plans.map((plan) => ({ name: t(`plans.${plan.plan}.name`), net: plan.gross - plan.refunded }))} currency={revenue.currency} label={t('revenue.net')} />
          </Suspense>
          <RevenuePlansTable plans={plans} currency={revenue.currency} />
        </>
      )}
    </figure>
  );
}
