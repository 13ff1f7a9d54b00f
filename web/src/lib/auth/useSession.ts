import { useSyncExternalStore } from 'react';
import { session, type SessionState } from './session';
import type { Role, User } from '@/lib/api/types';

export function useSession(): SessionState {
  return useSyncExternalStore(session.subscribe, session.snapshot);
}

/** The signed-in user, or null. */
export function useCurrentUser(): User | null {
  return useSession().user;
}

export function hasRole(user: User | null, ...roles: Role[]): boolean {
  return user !== null && (roles as string[]).includes(user.role);
}
