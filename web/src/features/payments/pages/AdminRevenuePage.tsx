import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { QueryState } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useRevenue } from '../api/useRevenue';
import { PaymentsAdminNav } from '../components/PaymentsAdminNav';
import { RevenueByCourseFigure, RevenueByDayFigure, RevenueByPlanFigure } from '../components/RevenueFigures';
import { RevenueRangeForm } from '../components/RevenueRangeForm';
import { RevenueTotals } from '../components/RevenueTotals';
import { rangeFromParams } from '../lib/days';
import '../payments.css';

/** /admin/revenue: what came in over a range of days (the last 30 by default), by day, by course and by plan. */
export function AdminRevenuePage() {
  return (
    <RequireAuth roles={['admin']}>
      <AdminRevenue />
    </RequireAuth>
  );
}

function AdminRevenue() {
  const { t } = useTranslation('payments');
  useDocumentTitle(t('revenue.title'));
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params);
  const revenue = useRevenue(range.from, range.to);
  return (
    <section className="page pay-page">
      <PaymentsAdminNav />
      <h1>{t('revenue.title')}</h1>
      <RevenueRangeForm key={`${range.from}:${range.to}`} range={range} onChange={(next) => setParams(next)} />
      <QueryState query={revenue}>
        {(data) => (
          <div className="pay-revenue" aria-busy={revenue.isPlaceholderData}>
            <section aria-labelledby="revenue-totals-title">
              <h2 id="revenue-totals-title" className="visually-hidden">
                {t('revenue.totals')}
              </h2>
              <RevenueTotals revenue={data} />
            </section>
            <RevenueByDayFigure revenue={data} />
            <div className="pay-figure-pair">
              <RevenueByCourseFigure revenue={data} />
              <RevenueByPlanFigure revenue={data} />
            </div>
          </div>
        )}
      </QueryState>
    </section>
  );
}
