import type { User } from '@/lib/api/types';

export type TutorAccess = 'allowed' | 'not-enrolled' | 'unknown';

/**
 * Whether to offer the tutor before asking it anything. The service decides (403 when not enrolled; the course's
 * instructor and admins may try it): this only spares a learner who is previewing a course a question that would be
 * refused. Unknown (enrollments loading or failed) → offer it, and the service's answer decides.
 */
export function tutorAccess(user: User | null, enrolledCourseIds: string[] | undefined, courseId: string): TutorAccess {
  if (!user) return 'not-enrolled';
  if (user.role !== 'learner') return 'allowed';
  if (!enrolledCourseIds) return 'unknown';
  return enrolledCourseIds.includes(courseId) ? 'allowed' : 'not-enrolled';
}
