import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { rememberProgress } from './progressCache';
import type { ProgressResult, ProgressUpdate } from '../types';

/**
 * PUT /api/v1/progress/lessons/{lessonId}. `keepalive` lets a report sent while the page is being left (closing the
 * tab, following a link out) finish after the page is gone.
 */
export function putProgress(lessonId: string, update: ProgressUpdate, keepalive = false): Promise<ProgressResult> {
  return unwrap(coursesApi.PUT('/api/v1/progress/lessons/{lessonId}', { params: { path: { lessonId } }, body: update, keepalive }));
}

/** Reporting progress from the screen ("mark as complete"); the answer updates every cached view of the enrollment. */
export function useUpdateProgress(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ lessonId, update }: { lessonId: string; update: ProgressUpdate }) => putProgress(lessonId, update),
    onSuccess: (result, { lessonId }) => {
      rememberProgress(queryClient, { courseId, lessonId, entry: result.lesson, enrollment: result.enrollment });
      // A completion moves the place to resume at: read the enrollment again.
      if (result.lesson.completed_at) void queryClient.invalidateQueries({ queryKey: queryKeys.enrollment(result.enrollment.id), exact: true });
    },
  });
}
