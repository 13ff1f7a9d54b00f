import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** POST /api/v1/enrollments: a course the subscription covers is joined directly, without a payment. */
export function useEnrollWithSubscription() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string) => unwrap(coursesApi.POST('/api/v1/enrollments', { body: { course_id: courseId } })),
    onSuccess: async (_enrollment, courseId) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.enrollments }),
        queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) }),
      ]);
    },
  });
}
