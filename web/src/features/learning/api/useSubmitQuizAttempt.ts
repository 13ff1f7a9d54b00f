import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { rememberProgress } from './progressCache';
import type { QuizAttemptRequest } from '../types';

/** POST /api/v1/courses/{id}/lessons/{lessonId}/quiz-attempts: graded on the server; a pass completes the lesson. */
export function useSubmitQuizAttempt(courseId: string, lessonId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: QuizAttemptRequest) =>
      unwrap(coursesApi.POST('/api/v1/courses/{id}/lessons/{lessonId}/quiz-attempts', { params: { path: { id: courseId, lessonId } }, body: request })),
    onSuccess: (result) => {
      rememberProgress(queryClient, { courseId, lessonId, entry: null, enrollment: result.enrollment });
      // The attempt's lesson entry (best score, completion) is not in the answer: read the enrollment again.
      void queryClient.invalidateQueries({ queryKey: queryKeys.enrollment(result.enrollment.id), exact: true });
    },
  });
}
