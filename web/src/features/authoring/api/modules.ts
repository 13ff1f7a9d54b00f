import { useMutation, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { editsOf } from './courses';
import type { ModuleWrite } from '../model/types';

/** POST /api/v1/courses/{id}/modules: added last unless a position is given. */
export function useAddModule(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ModuleWrite) => unwrap(coursesApi.POST('/api/v1/courses/{id}/modules', { params: { path: { id: courseId } }, body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) }),
  });
}

/** PATCH /api/v1/courses/{id}/modules/{moduleId}: title, description, lesson order; answers with the course. */
export function useUpdateModule(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: editsOf(courseId),
    mutationFn: ({ moduleId, body }: { moduleId: string; body: ModuleWrite }) =>
      unwrap(coursesApi.PATCH('/api/v1/courses/{id}/modules/{moduleId}', { params: { path: { id: courseId, moduleId } }, body })),
    onSuccess: (course) => queryClient.setQueryData(queryKeys.course(courseId), course),
  });
}

/** DELETE /api/v1/courses/{id}/modules/{moduleId}: with its lessons. */
export function useDeleteModule(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (moduleId: string) =>
      unwrap(coursesApi.DELETE('/api/v1/courses/{id}/modules/{moduleId}', { params: { path: { id: courseId, moduleId } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId) }),
  });
}
