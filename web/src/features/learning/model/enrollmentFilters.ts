import { EnrollmentStatuses, type EnrollmentView } from '../types';

export const enrollmentFilters = ['in-progress', 'completed'] as const;
export type EnrollmentFilter = (typeof enrollmentFilters)[number];

/**
 * The filter in the address (?show=completed). Absent or unknown: in progress, unless nothing is in progress while
 * something is completed (a learner who finished everything lands on their certificates, not an empty list).
 */
export function parseEnrollmentFilter(value: string | null, counts?: Record<EnrollmentFilter, number>): EnrollmentFilter {
  if (value === 'completed' || value === 'in-progress') return value;
  return counts && counts['in-progress'] === 0 && counts.completed > 0 ? 'completed' : 'in-progress';
}

export function isCompleted(enrollment: EnrollmentView): boolean {
  return enrollment.status === EnrollmentStatuses.completed;
}

export function filterEnrollments(enrollments: EnrollmentView[], filter: EnrollmentFilter): EnrollmentView[] {
  return enrollments.filter((enrollment) => (filter === 'completed' ? isCompleted(enrollment) : !isCompleted(enrollment)));
}

export function countByFilter(enrollments: EnrollmentView[]): Record<EnrollmentFilter, number> {
  const completed = enrollments.filter(isCompleted).length;
  return { 'in-progress': enrollments.length - completed, completed };
}
