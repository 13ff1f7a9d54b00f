import type { Subscription } from '../api/types';

/**
 * Whether a subscription opens a course without buying it: basic covers beginner-level courses, pro and enterprise
 * every course. Only while it is active (a subscription ending at the period's end still counts until then).
 */
export function subscriptionCovers(subscription: Pick<Subscription, 'plan' | 'status'> | null | undefined, level: string): boolean {
  if (!subscription || subscription.status !== 'active') return false;
  return subscription.plan === 'basic' ? level === 'beginner' : true;
}
