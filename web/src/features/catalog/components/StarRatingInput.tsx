import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

const stars = [1, 2, 3, 4, 5] as const;

/**
 * Five stars to pick a rating: real radio buttons (arrow keys, one tab stop, a name per star read aloud) drawn as
 * stars; the chosen rating is also written out in words, so it never rests on colour alone.
 */
export function StarRatingInput({ value, onChange, legend, error }: { value: number | null; onChange: (value: number) => void; legend: string; error?: string | undefined }) {
  const { t } = useTranslation('catalog');
  const name = useId();
  const [hover, setHover] = useState<number | null>(null);
  const shown = hover ?? value ?? 0;
  const starName = (star: number) => t(`reviews.starName.${star}`);
  return (
    <fieldset className="star-input" aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="label">{legend}</legend>
      <div className="star-input-stars" onMouseLeave={() => setHover(null)}>
        {stars.map((star) => (
          <span key={star} className="star-input-item">
            <input
              type="radio"
              id={`${name}-${star}`}
              name={name}
              value={star}
              checked={value === star}
              onChange={() => onChange(star)}
              className="visually-hidden"
            />
            <label htmlFor={`${name}-${star}`} className={star <= shown ? 'star-input-star filled' : 'star-input-star'} onMouseEnter={() => setHover(star)}>
              <span aria-hidden="true">★</span>
              <span className="visually-hidden">{t('reviews.starOption', { stars: t('reviews.stars', { count: star }), name: starName(star) })}</span>
            </label>
          </span>
        ))}
        <span className="star-input-word" aria-hidden="true">
          {shown > 0 ? starName(shown) : ''}
        </span>
      </div>
      {error && (
        <p className="field-error" id={`${name}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
