import { useTranslation } from 'react-i18next';
import { Rating } from '@/components/Rating';
import { useFormat } from '@/lib/format';
import type { CourseStats } from '../../model/types';

/** The numbers an instructor looks at first, as a description list (term, value) that reads well aloud. */
export function KeyFigures({ stats }: { stats: CourseStats }) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const figures: [string, string][] = [
    [t('stats.figures.enrollments'), format.number(stats.enrollments)],
    [t('stats.figures.current'), format.number(stats.current_learners)],
    [t('stats.figures.active'), format.number(stats.active_learners30_days)],
    [t('stats.figures.completed'), format.number(stats.completed)],
    [t('stats.figures.dropped'), format.number(stats.dropped)],
    [t('stats.figures.completionRate'), format.percent(stats.completion_rate)],
    [t('stats.figures.averageProgress'), format.percent(stats.average_progress)],
  ];
  return (
    <section aria-labelledby="key-figures-title">
      <h2 id="key-figures-title" className="visually-hidden">
        {t('stats.figures.label')}
      </h2>
      <dl className="key-figures">
        {figures.map(([term, value]) => (
          <div key={term} className="card key-figure">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="card key-figure">
          <dt>{t('stats.figures.rating')}</dt>
          <dd>
            {stats.ratings.count > 0 ? (
              <>
                <Rating value={stats.ratings.average} />
                <span className="muted key-figure-note">{t('stats.figures.reviews', { count: stats.ratings.count })}</span>
              </>
            ) : (
              <span className="muted key-figure-note">{t('stats.figures.noRating')}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
