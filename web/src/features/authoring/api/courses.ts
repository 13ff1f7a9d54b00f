import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { coursesApi, unwrap } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import type { CourseDetail, CourseWrite } from '../model/types';

/**
 * Changes of one course run one after the other (several quick reorders, a save during a reorder): each answer is
 * then the course after all the changes before it, never an older state arriving late.
 */
export const editsOf = (courseId: string) => ({ id: `course-edits-${courseId}` });

/** After any change of a course: the instructor's list and the public catalog show it as it now is. */
export function refreshListings(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: queryKeys.myCourses });
  void queryClient.invalidateQueries({ queryKey: queryKeys.catalogAll });
}

/** A course changed by a call that answers with the course: cache it as answered, refresh the lists. */
function useCourseChange<Variables>(courseId: string, call: (variables: Variables) => Promise<CourseDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    scope: editsOf(courseId),
    onSuccess: (course) => {
      queryClient.setQueryData(queryKeys.course(courseId), course);
      refreshListings(queryClient);
    },
  });
}

/** GET /api/v1/courses/mine: the caller's courses, drafts included, last changed first. */
export function useMyCourses() {
  return useQuery({ queryKey: queryKeys.myCourses, queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/mine')) });
}

/** GET /api/v1/courses/{id}: drafts are shown to their editors. */
export function useEditableCourse(courseId: string) {
  return useQuery({
    queryKey: queryKeys.course(courseId),
    queryFn: () => unwrap(coursesApi.GET('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
  });
}

/** POST /api/v1/courses: a new draft. */
export function useCreateCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CourseWrite) => unwrap(coursesApi.POST('/api/v1/courses', { body })),
    onSuccess: (course) => {
      queryClient.setQueryData(queryKeys.course(course.id), course);
      void queryClient.invalidateQueries({ queryKey: queryKeys.myCourses });
    },
  });
}

/** PATCH /api/v1/courses/{id}: fields and module order. */
export function useUpdateCourse(courseId: string) {
  return useCourseChange(courseId, (body: CourseWrite) =>
    unwrap(coursesApi.PATCH('/api/v1/courses/{id}', { params: { path: { id: courseId } }, body })),
  );
}

/** POST /api/v1/courses/{id}/publish: refused with 422 and its `reasons` while the course is incomplete. */
export function usePublishCourse(courseId: string) {
  return useCourseChange(courseId, () => unwrap(coursesApi.POST('/api/v1/courses/{id}/publish', { params: { path: { id: courseId } } })));
}

/** POST /api/v1/courses/{id}/unpublish: back to draft (also how an archived course comes back). */
export function useUnpublishCourse(courseId: string) {
  return useCourseChange(courseId, () => unwrap(coursesApi.POST('/api/v1/courses/{id}/unpublish', { params: { path: { id: courseId } } })));
}

/** POST /api/v1/courses/{id}/archive: out of the catalog, enrolled learners keep it. */
export function useArchiveCourse(courseId: string) {
  return useCourseChange(courseId, () => unwrap(coursesApi.POST('/api/v1/courses/{id}/archive', { params: { path: { id: courseId } } })));
}

/** DELETE /api/v1/courses/{id}: only a course nobody enrolled in (409 otherwise). */
export function useDeleteCourse(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(coursesApi.DELETE('/api/v1/courses/{id}', { params: { path: { id: courseId } } })),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: queryKeys.course(courseId) });
      refreshListings(queryClient);
    },
  });
}
