import { describe, expect, it } from 'vitest';
import type { CoursesSchemas, User } from '@/lib/api/types';
import { courseAction, firstLessonId, resumeLessonId } from './courseAction';

const user = (id: string, role: string) => ({ id, role }) as User;
const free = { id: 'c1', status: 'published', instructor_id: 'teacher', price: { amount: 0, currency: 'EUR', pricing_model: 'free' } };
const paid = { ...free, price: { amount: 49, currency: 'EUR', pricing_model: 'one_time' } };
const enrollment = (courseId: string) => ({ id: 'e1', course_id: courseId, last_lesson_id: null }) as CoursesSchemas['EnrollmentView'];
const signedIn = (u: User) => ({ status: 'signed-in' as const, user: u });

describe('what the course page offers', () => {
  it('asks anonymous visitors to sign in, coming back to the course', () => {
    expect(courseAction({ session: { status: 'anonymous', user: null }, course: free, enrollments: undefined })).toEqual({
      kind: 'sign-in',
      href: '/sign-in?next=%2Fcourses%2Fc1',
    });
  });

  it('offers nothing until it knows (session restoring, enrollments loading)', () => {
    expect(courseAction({ session: { status: 'restoring', user: null }, course: free, enrollments: undefined }).kind).toBe('wait');
    expect(courseAction({ session: signedIn(user('me', 'learner')), course: free, enrollments: undefined }).kind).toBe('wait');
  });

  it('enrolls in a free course, sells a paid one, continues an enrolled one', () => {
    const learner = signedIn(user('me', 'learner'));
    expect(courseAction({ session: learner, course: free, enrollments: [enrollment('other')] })).toEqual({ kind: 'enroll', staff: false });
    expect(courseAction({ session: learner, course: paid, enrollments: [] })).toEqual({ kind: 'buy', href: '/checkout/course/c1' });
    expect(courseAction({ session: learner, course: paid, enrollments: [enrollment('c1')] }).kind).toBe('continue');
  });

  it('lets the course’s instructor and admins open a paid course without buying it', () => {
    expect(courseAction({ session: signedIn(user('teacher', 'instructor')), course: paid, enrollments: [] })).toEqual({ kind: 'enroll', staff: true });
    expect(courseAction({ session: signedIn(user('boss', 'admin')), course: paid, enrollments: [] })).toEqual({ kind: 'enroll', staff: true });
    expect(courseAction({ session: signedIn(user('teacher', 'instructor')), course: { ...paid, status: 'draft' }, enrollments: [] }).kind).toBe('unavailable');
  });

  it('starts at the first lesson by position and resumes where the service says', () => {
    const course = {
      modules: [
        { id: 'm2', title: '', description: '', position: 2, lessons: [{ id: 'l3', title: '', type: 'text', position: 1, duration_seconds: 0, is_preview: false }] },
        {
          id: 'm1',
          title: '',
          description: '',
          position: 1,
          lessons: [
            { id: 'l2', title: '', type: 'text', position: 2, duration_seconds: 0, is_preview: false },
            { id: 'l1', title: '', type: 'video', position: 1, duration_seconds: 0, is_preview: true },
          ],
        },
      ],
    };
    expect(firstLessonId(course)).toBe('l1');
    expect(resumeLessonId(course, enrollment('c1'), 'l3')).toBe('l3');
    expect(resumeLessonId(course, { ...enrollment('c1'), last_lesson_id: 'l2' }, undefined)).toBe('l2');
    expect(resumeLessonId(course, enrollment('c1'), null)).toBe('l1');
  });
});
