import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { editsOf } from './courses';
import type { LessonWrite } from '../model/types';

/** GET /api/v1/courses/{id}/lessons/{lessonId}: for the course's editors, quiz answers included. */
export function useLesson(courseId: string, lessonId: string) {
  return useQuery({
    queryKey: queryKeys.lesson(courseId, lessonId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}/lessons/{lessonId}', { params: { path: { id: courseId, lessonId } } })),
    // An editor's draft must not be replaced under their hands by a background refetch.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** POST /api/v1/courses/{id}/modules/{moduleId}/lessons: a title and a type, content later. */
export function useAddLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, body }: { moduleId: string; body: LessonWrite }) =>
      unwrap(coursesApi.POST('/api/v1/courses/{id}/modules/{moduleId}/lessons', { params: { path: { id: courseId, moduleId } }, body })),
    onSuccess: (lesson) => {
      queryClient.setQueryData(queryKeys.lesson(courseId, lesson.id), lesson);
      return queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId), exact: true });
    },
  });
}

/** PATCH /api/v1/courses/{id}/lessons/{lessonId}: content, and moving it (position, module_id). */
export function useUpdateLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    scope: editsOf(courseId),
    mutationFn: ({ lessonId, body }: { lessonId: string; body: LessonWrite }) =>
      unwrap(coursesApi.PATCH('/api/v1/courses/{id}/lessons/{lessonId}', { params: { path: { id: courseId, lessonId } }, body })),
    onSuccess: (lesson) => {
      queryClient.setQueryData(queryKeys.lesson(courseId, lesson.id), lesson);
      return queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId), exact: true });
    },
  });
}

/** DELETE /api/v1/courses/{id}/lessons/{lessonId}. */
export function useDeleteLesson(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (lessonId: string) =>
      unwrap(coursesApi.DELETE('/api/v1/courses/{id}/lessons/{lessonId}', { params: { path: { id: courseId, lessonId } } })),
    onSuccess: (_, lessonId) => {
      queryClient.removeQueries({ queryKey: queryKeys.lesson(courseId, lessonId) });
      return queryClient.invalidateQueries({ queryKey: queryKeys.course(courseId), exact: true });
    },
  });
}
