import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { Pagination } from '@/components/Pagination';
import type { User } from '@/lib/api/types';
import { reviewsPageSize, useCourseReviews } from '../api/useCourseReviews';
import { usePostReview } from '../api/usePostReview';
import { RatingSummary } from '../components/RatingSummary';
import { ReviewForm } from '../components/ReviewForm';
import { ReviewList } from '../components/ReviewList';

/**
 * The course's reviews, page by page, and for an enrolled learner the form to write theirs (or change it: the
 * service keeps one per learner, so posting again replaces it).
 */
export function CourseReviewsSection({ courseId, user, canReview }: { courseId: string; user: User | null; canReview: boolean }) {
  const { t } = useTranslation('catalog');
  const [page, setPage] = useState(1);
  const reviews = useCourseReviews(courseId, page);
  const post = usePostReview(courseId);
  const [saved, setSaved] = useState<'created' | 'updated' | null>(null);
  const data = reviews.data;
  // The learner's earlier review, when it is on the page shown (newest first, so usually the first page).
  const mine = user ? (data?.items.find((review) => review.learner_id === user.id) ?? post.data ?? null) : null;

  return (
    <section className="course-section" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t('reviews.title')}</h2>
      {reviews.isPending ? (
        <Loading />
      ) : reviews.error && !data ? (
        <ErrorMessage error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : data ? (
        <>
          {data.total > 0 && <RatingSummary average={data.average_rating} total={data.total} distribution={data.distribution} />}
          {canReview && (
            <ReviewForm
              key={mine?.id ?? 'new'}
              existing={mine ? { rating: mine.rating, text: mine.text } : null}
              pending={post.isPending}
              error={post.error ?? undefined}
              saved={saved}
              onSubmit={(review) =>
                post.mutate(review, {
                  onSuccess: () => setSaved(mine ? 'updated' : 'created'),
                  onError: () => setSaved(null),
                })
              }
            />
          )}
          {data.items.length === 0 ? (
            <p className="muted">{canReview ? t('reviews.emptyEnrolled') : t('reviews.empty')}</p>
          ) : (
            <div className={reviews.isPlaceholderData ? 'results-stale' : undefined}>
              <ReviewList reviews={data.items} />
              <Pagination page={page} pageSize={reviewsPageSize} total={data.total} onPage={setPage} />
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
