import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { useEnrollment } from '@/lib/api/hooks/useEnrollment';

/**
 * The learner's enrollment in one course: the service has no "by course" lookup, so it is found in my enrollments,
 * then read in detail (lesson progress, resume point). `summary` is null when not enrolled (or dropped).
 */
export function useCourseEnrollment(courseId: string) {
  const mine = useMyEnrollments();
  const summary = mine.data?.find((enrollment) => enrollment.course_id === courseId) ?? null;
  const detail = useEnrollment(summary?.id);
  return { mine, summary, detail };
}
