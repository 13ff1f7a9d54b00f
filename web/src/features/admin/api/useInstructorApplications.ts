import { useQuery } from '@tanstack/react-query';
import { authApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { User } from '@/lib/api/types';
import { pendingApplications } from '../lib/applications';

const PAGE_SIZE = 100;
/** At most this many learners are read (the service has no filter for applications: see below). */
const MAX_PAGES = 20;

/**
 * Pending instructor applications. GET /api/v1/users filters by role and status but not by application, so this
 * reads the active learners page by page and keeps those who applied.
 */
export function useInstructorApplications() {
  return useQuery({
    queryKey: queryKeys.instructorApplications,
    queryFn: async () => {
      const learners: User[] = [];
      for (let page = 1; page <= MAX_PAGES; page++) {
        const result = await unwrap(authApi.GET('/api/v1/users', { params: { query: { role: 'learner', status: 'active', page, page_size: PAGE_SIZE } } }));
        learners.push(...result.items);
        if (page * PAGE_SIZE >= result.total) return { applications: pendingApplications(learners), complete: true };
      }
      return { applications: pendingApplications(learners), complete: false };
    },
  });
}
