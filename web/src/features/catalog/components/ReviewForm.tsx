import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useFormat } from '@/lib/format';
import { StarRatingInput } from './StarRatingInput';

export const maxReviewLength = 5000;

export interface ReviewDraft {
  rating: number;
  text: string;
}

/**
 * An enrolled learner's review: a rating (required) and a comment. With `existing`, it edits the learner's review
 * (the service keeps one per learner and course). Sends through `onSubmit`; the page does the request.
 */
export function ReviewForm({
  existing,
  onSubmit,
  pending = false,
  error,
  saved,
}: {
  existing?: ReviewDraft | null;
  onSubmit: (review: ReviewDraft) => void;
  pending?: boolean;
  error?: unknown;
  /** "created" or "updated" once the service accepted it. */
  saved?: 'created' | 'updated' | null;
}) {
  const { t } = useTranslation('catalog');
  const format = useFormat();
  const [rating, setRating] = useState<number | null>(existing?.rating ?? null);
  const [text, setText] = useState(existing?.text ?? '');
  const [touched, setTouched] = useState(false);
  const titleId = useId();
  const commentId = useId();
  const ratingError = touched && rating === null ? t('reviews.ratingRequired') : undefined;
  const tooLong = text.length > maxReviewLength;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (rating === null || tooLong) return;
    onSubmit({ rating, text: text.trim() });
  };

  return (
    <form className="form card review-form" data-testid="review-form" aria-labelledby={titleId} onSubmit={submit} noValidate>
      <div>
        <h3 id={titleId}>{existing ? t('reviews.formTitleUpdate') : t('reviews.formTitle')}</h3>
        <p className="muted">{t('reviews.formIntro')}</p>
      </div>
      <StarRatingInput value={rating} onChange={setRating} legend={t('reviews.ratingLegend')} error={ratingError} />
      <div className="field">
        <label htmlFor={commentId}>{t('reviews.comment')}</label>
        <textarea
          id={commentId}
          value={text}
          rows={4}
          aria-invalid={tooLong ? true : undefined}
          aria-describedby={`${commentId}-hint ${commentId}-count`}
          onChange={(event) => setText(event.target.value)}
        />
        <p className="field-hint" id={`${commentId}-hint`}>
          {t('reviews.commentHint')}
        </p>
        <p className={tooLong ? 'field-error' : 'field-hint'} id={`${commentId}-count`}>
          {tooLong
            ? t('reviews.commentTooLong', { max: format.number(maxReviewLength) })
            : t('reviews.characters', { count: text.length, max: format.number(maxReviewLength) })}
        </p>
      </div>
      {error !== undefined && error !== null && <ErrorMessage error={error} />}
      <div role="status" className="review-form-status">
        {saved && <p className="alert alert-success">{saved === 'updated' ? t('reviews.updated') : t('reviews.saved')}</p>}
      </div>
      <div>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('reviews.sending') : existing ? t('reviews.update') : t('reviews.submit')}
        </button>
      </div>
    </form>
  );
}
