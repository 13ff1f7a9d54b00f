import type { User } from '@/lib/api/types';

/** An application waiting for a decision: a learner who applied and was neither approved nor refused yet. */
export function isPendingApplication(user: User): boolean {
  return user.role === 'learner' && user.status === 'active' && user.instructor_info?.verification_status === 'unverified' && Boolean(user.instructor_info.applied_at);
}

/** Oldest first: the one waiting longest is decided first. */
export function pendingApplications(users: User[]): User[] {
  return users
    .filter(isPendingApplication)
    .sort((a, b) => (a.instructor_info?.applied_at ?? '').localeCompare(b.instructor_info?.applied_at ?? ''));
}
