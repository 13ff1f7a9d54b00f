import type { CourseDetail, CoursesSchemas, User } from '@/lib/api/types';
import type { SessionState } from '@/lib/auth/session';

type EnrollmentView = CoursesSchemas['EnrollmentView'];

/** What the course page offers the person looking at it, decided from who they are and what they hold. */
export type CourseAction =
  /** Not known yet (session restoring, enrollments loading): nothing is offered rather than the wrong thing. */
  | { kind: 'wait' }
  | { kind: 'sign-in'; href: string }
  | { kind: 'continue'; enrollment: EnrollmentView }
  /** `staff`: the course's instructor or an admin, who open a paid course without buying it. */
  | { kind: 'enroll'; staff: boolean }
  | { kind: 'buy'; href: string }
  /** A draft or archived course shown to its instructor: no one can enroll. */
  | { kind: 'unavailable' };

export function isFree(course: Pick<CourseDetail, 'price'>): boolean {
  return course.price.pricing_model === 'free' || course.price.amount === 0;
}

/** The course's own instructor or an admin: they may edit it (the service checks again). */
export function canEdit(user: User | null, course: Pick<CourseDetail, 'instructor_id'>): boolean {
  return user !== null && (user.role === 'admin' || user.id === course.instructor_id);
}

export function signInHref(courseId: string): string {
  return `/sign-in?next=${encodeURIComponent(`/courses/${courseId}`)}`;
}

export function courseAction({
  session,
  course,
  enrollments,
}: {
  session: SessionState;
  course: Pick<CourseDetail, 'id' | 'price' | 'status' | 'instructor_id'>;
  /** The learner's enrollments (undefined while loading). */
  enrollments: EnrollmentView[] | undefined;
}): CourseAction {
  if (session.status === 'restoring') return { kind: 'wait' };
  if (session.status === 'anonymous') return { kind: 'sign-in', href: signInHref(course.id) };
  if (enrollments === undefined) return { kind: 'wait' };
  const enrollment = enrollments.find((candidate) => candidate.course_id === course.id);
  if (enrollment) return { kind: 'continue', enrollment };
  if (course.status !== 'published') return { kind: 'unavailable' };
  if (isFree(course)) return { kind: 'enroll', staff: false };
  if (canEdit(session.user, course)) return { kind: 'enroll', staff: true };
  return { kind: 'buy', href: `/checkout/course/${course.id}` };
}

/** The first lesson of the first module, by position: where a new learner starts. */
export function firstLessonId(course: Pick<CourseDetail, 'modules'>): string | null {
  const modules = [...course.modules].sort((a, b) => a.position - b.position);
  for (const module of modules) {
    const lessons = [...module.lessons].sort((a, b) => a.position - b.position);
    if (lessons[0]) return lessons[0].id;
  }
  return null;
}

/** The lesson to resume at: the service's choice when known, else the last one opened, else the first. */
export function resumeLessonId(course: Pick<CourseDetail, 'modules'>, enrollment: EnrollmentView, resumeFromService: string | null | undefined): string | null {
  return resumeFromService ?? enrollment.last_lesson_id ?? firstLessonId(course);
}

export function lessonHref(courseId: string, lessonId: string | null): string {
  return lessonId ? `/courses/${courseId}/learn/${lessonId}` : `/courses/${courseId}`;
}
