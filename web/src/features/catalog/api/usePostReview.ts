import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

export interface ReviewInput {
  rating: number;
  text: string;
}

/** POST /api/v1/courses/{id}/reviews: writes or replaces the learner's review; the course's average changes with it. */
export function usePostReview(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (review: ReviewInput) =>
      unwrap(coursesApi.POST('/api/v1/courses/{id}/reviews', { params: { path: { id: courseId } }, body: { rating: review.rating, text: review.text } })),
    // The course (its average, its count, and every page of its reviews under it) and the catalog's cards.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.courses }),
  });
}
