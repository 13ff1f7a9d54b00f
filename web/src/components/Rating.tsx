import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

/** Stars drawn from the value (to the half), with the number and count for screen readers and everyone else. */
export function Rating({ value, count }: { value: number; count?: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rounded = Math.round(value * 2) / 2;
  return (
    <span className="rating" role="img" aria-label={t('rating.label', { value: format.number(value, 1) })}>
      <span className="rating-stars" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((star) => (
          <span key={star} className={star <= rounded ? 'star full' : star - 0.5 === rounded ? 'star half' : 'star'}>
            ★
          </span>
        ))}
      </span>
      <span className="rating-value" aria-hidden="true">
        {format.number(value, 1)}
      </span>
      {count !== undefined && (
        <span className="rating-count" aria-hidden="true">
          ({t('rating.count', { count })})
        </span>
      )}
    </span>
  );
}
