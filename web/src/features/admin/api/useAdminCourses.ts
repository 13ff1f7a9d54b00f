import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

export const COURSES_PAGE_SIZE = 20;

/**
 * GET /api/v1/courses: the published catalog, newest first. The courses service has no listing of every course for
 * admins (GET /api/v1/courses/mine returns only the caller's own), so drafts of other instructors are not listed.
 */
export function usePublishedCourses(search: string, page: number) {
  const query = { ...(search ? { Q: search } : {}), Sort: search ? 'relevance' : 'newest', Page: page, page_size: COURSES_PAGE_SIZE };
  return useQuery({
    queryKey: queryKeys.catalog(query),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/v1/courses/mine: the admin's own courses, drafts included. */
export function useOwnCourses() {
  return useQuery({
    queryKey: queryKeys.myCourses,
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/mine')),
  });
}
