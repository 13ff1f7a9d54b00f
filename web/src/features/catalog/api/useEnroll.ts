import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';

/** POST /api/v1/enrollments: enrolls in a free course (idempotent: enrolling again answers the same enrollment). */
export function useEnroll() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string) => unwrap(coursesApi.POST('/api/v1/enrollments', { body: { course_id: courseId } })),
    onSuccess: async (_enrollment, courseId) => {
      // "My learning" lists it now, and the course's learner count moved.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.enrollments }),
        queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) }),
      ]);
    },
  });
}
