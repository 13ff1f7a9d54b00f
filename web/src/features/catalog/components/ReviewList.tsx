import { useTranslation } from 'react-i18next';
import { Rating } from '@/components/Rating';
import { useFormat } from '@/lib/format';
import type { CoursesSchemas } from '@/lib/api/types';

type ReviewView = CoursesSchemas['ReviewView'];

/** Reviews as written: plain text (never HTML), line breaks kept. */
export function ReviewList({ reviews }: { reviews: ReviewView[] }) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  return (
    <ul className="review-list">
      {reviews.map((review) => {
        const edited = new Date(review.updated_at).getTime() - new Date(review.created_at).getTime() > 60_000;
        return (
          <li key={review.id} className="review">
            <div className="review-header">
              <span className="avatar" aria-hidden="true">
                {review.learner_name.trim().slice(0, 1).toUpperCase() || '?'}
              </span>
              <div>
                <p className="review-author">{review.learner_name}</p>
                <p className="review-meta">
                  <Rating value={review.rating} />
                  <time dateTime={review.created_at} className="muted">
                    {format.date(review.created_at)}
                  </time>
                  {edited && <span className="muted">({t('reviews.edited')})</span>}
                </p>
              </div>
            </div>
            {review.text && <p className="review-text">{review.text}</p>}
          </li>
        );
      })}
    </ul>
  );
}
