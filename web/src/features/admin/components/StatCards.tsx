import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';
import { orderedStatuses } from '../lib/statsSummary';

/** The headline figures, each a term and its value (read in order by screen readers). */
export function StatCards({ stats }: { stats: CoursesSchemas['PlatformStats'] }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const courses = Object.values(stats.courses_by_status).reduce((sum, count) => sum + count, 0);
  const cards = [
    { key: 'learners', value: format.number(stats.learners) },
    { key: 'activeLearners', value: format.number(stats.active_learners30_days) },
    { key: 'enrollments', value: format.number(stats.enrollments) },
    { key: 'completions', value: format.number(stats.completions) },
    { key: 'completionRate', value: format.percent(stats.completion_rate) },
    { key: 'certificates', value: format.number(stats.certificates_issued) },
  ];
  return (
    <>
      <dl className="stat-cards">
        {cards.map((card) => (
          <div key={card.key} className="stat-card card">
            <dt>{t(`stats.${card.key}`)}</dt>
            <dd>{card.value}</dd>
          </div>
        ))}
        <div className="stat-card card">
          <dt>{t('stats.courses')}</dt>
          <dd>{format.number(courses)}</dd>
          <dd className="stat-detail">
            {orderedStatuses(stats.courses_by_status)
              .map(([status, count]) => t('stats.statusCount', { status: t(`courseStatus.${status}`, { defaultValue: status }), count: format.number(count) }))
              .join(' · ')}
          </dd>
        </div>
      </dl>
    </>
  );
}
