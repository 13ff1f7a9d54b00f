import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { RevenueByCourse, RevenueByPlan, RevenueDay } from '../api/types';
import { dayFormatter } from '../lib/dayFormat';
import { useFormat } from '@/lib/format';
import { useMoney } from '../hooks/useMoney';

/** The numbers behind each revenue chart, as tables: the charts' text alternative, and what people copy from. */
export function RevenueDaysTable({ days, currency }: { days: RevenueDay[]; currency: string }) {
  const { t, i18n } = useTranslation('payments');
  const money = useMoney();
  const day = dayFormatter(i18n.language);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('revenue.byDayCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.date')}</th>
            <th scope="col">{t('revenue.gross')}</th>
            <th scope="col">{t('revenue.refunded')}</th>
            <th scope="col">{t('revenue.net')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((row) => (
            <tr key={row.date}>
              <th scope="row">{day(row.date)}</th>
              <td>{money(row.gross, currency)}</td>
              <td>{money(row.refunded, currency)}</td>
              <td>{money(row.net, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RevenueCoursesTable({ courses, currency }: { courses: RevenueByCourse[]; currency: string }) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('revenue.byCourseCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revenue.course')}</th>
            <th scope="col">{t('revenue.sales')}</th>
            <th scope="col">{t('revenue.gross')}</th>
            <th scope="col">{t('revenue.refunded')}</th>
            <th scope="col">{t('revenue.net')}</th>
          </tr>
        </thead>
        <tbody>
          {courses.map((row) => (
            <tr key={row.course_id} data-testid="revenue-course-row">
              <th scope="row">
                <Link to={`/courses/${row.course_id}`}>{row.title}</Link>
              </th>
              <td>{format.number(row.count)}</td>
              <td>{money(row.gross, currency)}</td>
              <td>{money(row.refunded, currency)}</td>
              <td>{money(row.gross - row.refunded, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RevenuePlansTable({ plans, currency }: { plans: RevenueByPlan[]; currency: string }) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('revenue.byPlanCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revenue.plan')}</th>
            <th scope="col">{t('revenue.payments')}</th>
            <th scope="col">{t('revenue.gross')}</th>
            <th scope="col">{t('revenue.refunded')}</th>
            <th scope="col">{t('revenue.net')}</th>
          </tr>
        </thead>
        <tbody>
          {plans.map((row) => (
            <tr key={row.plan}>
              <th scope="row">{t(`plans.${row.plan}.name`)}</th>
              <td>{format.number(row.count)}</td>
              <td>{money(row.gross, currency)}</td>
              <td>{money(row.refunded, currency)}</td>
              <td>{money(row.gross - row.refunded, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
