import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

export const reviewsPageSize = 10;

/** GET /api/v1/courses/{id}/reviews: newest first, with the average and the 1–5 distribution. */
export function useCourseReviews(courseId: string, page: number) {
  return useQuery({
    queryKey: queryKeys.reviews(courseId, page),
    queryFn: () =>
      unwrap(coursesApi.GET('/api/v1/courses/{id}/reviews', { params: { path: { id: courseId }, query: { page, page_size: reviewsPageSize } } })),
    placeholderData: keepPreviousData,
  });
}
