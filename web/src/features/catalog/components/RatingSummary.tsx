import { useTranslation } from 'react-i18next';
import { Rating } from '@/components/Rating';
import { useFormat } from '@/lib/format';

/** The average, big, and how the ratings spread from 5 to 1 star, each bar with its count in words. */
export function RatingSummary({ average, total, distribution }: { average: number; total: number; distribution: Record<string, number> }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  return (
    <div className="rating-summary">
      <div className="rating-summary-average">
        <p className="rating-summary-value" aria-hidden="true">
          {format.number(average, 1)}
        </p>
        <Rating value={average} />
        <p className="muted">{t('reviews.summary', { count: total })}</p>
      </div>
      <ul className="rating-bars" aria-label={t('reviews.distribution')}>
        {[5, 4, 3, 2, 1].map((star) => {
          const count = distribution[String(star)] ?? 0;
          const share = total > 0 ? (count / total) * 100 : 0;
          const stars = t('reviews.stars', { count: star });
          return (
            <li key={star} className="rating-bar">
              <span className="rating-bar-label" aria-hidden="true">
                {star} ★
              </span>
              <span className="rating-bar-track" aria-hidden="true">
                <span className="rating-bar-fill" style={{ width: `${share}%` }} />
              </span>
              <span className="rating-bar-count" aria-hidden="true">
                {format.percent(share)}
              </span>
              <span className="visually-hidden">{t('reviews.barLabel', { stars, count, percent: format.percent(share) })}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
