import type { QueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/queryKeys';
import { mergeIntoDetail, mergeIntoLesson, mergeIntoList } from '../model/progressMerge';
import type { EnrollmentDetail, EnrollmentView, LessonProgressEntry, LessonView } from '../types';

/**
 * After a progress report or a quiz attempt: the screens showing this enrollment follow at once (ticks, percentage),
 * and the lists read elsewhere ("my learning", certificates) are marked stale so they refetch when next shown.
 */
export function rememberProgress(
  queryClient: QueryClient,
  { courseId, lessonId, entry, enrollment }: { courseId: string; lessonId: string; entry: LessonProgressEntry | null; enrollment: EnrollmentView },
): void {
  queryClient.setQueryData<EnrollmentDetail>(queryKeys.enrollment(enrollment.id), (detail) =>
    detail ? mergeIntoDetail(detail, entry, enrollment) : detail,
  );
  queryClient.setQueryData<EnrollmentView[]>(queryKeys.myEnrollments, (list) => (list ? mergeIntoList(list, enrollment) : list));
  if (entry) {
    queryClient.setQueryData<LessonView>(queryKeys.lesson(courseId, lessonId), (lesson) => (lesson ? mergeIntoLesson(lesson, entry) : lesson));
  }
  // Stale, not refetched: the list is already up to date here, and is read again when next shown.
  void queryClient.invalidateQueries({ queryKey: queryKeys.myEnrollments, exact: true, refetchType: 'none' });
  if (enrollment.certificate_number) void queryClient.invalidateQueries({ queryKey: queryKeys.myCertificates });
}
