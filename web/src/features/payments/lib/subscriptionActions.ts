import type { Plan, PlanName, Subscription } from '../api/types';

export type SubscriptionActions = { changePlan: boolean; cancel: boolean; resume: boolean; subscribe: boolean };

/**
 * What can be done with the current subscription. Active: change plan or cancel at the period's end; already
 * cancelling: resume (a change of plan waits until it is resumed); paused: nothing here (the service refuses changes
 * to a subscription that is not active); cancelled or expired: subscribe again.
 */
export function subscriptionActions(subscription: Pick<Subscription, 'status' | 'cancel_at_period_end'>): SubscriptionActions {
  const active = subscription.status === 'active';
  const ended = subscription.status === 'cancelled' || subscription.status === 'expired';
  return {
    changePlan: active && !subscription.cancel_at_period_end,
    cancel: active && !subscription.cancel_at_period_end,
    resume: active && subscription.cancel_at_period_end,
    subscribe: ended,
  };
}

export const PLAN_ORDER: readonly PlanName[] = ['basic', 'pro', 'enterprise'];

export function isPlanName(value: string | undefined): value is PlanName {
  return (PLAN_ORDER as readonly string[]).includes(value ?? '');
}

/** The plans in their usual order (cheapest first), whatever order the service lists them in. */
export function orderedPlans(plans: Plan[]): Plan[] {
  return [...plans].sort((a, b) => PLAN_ORDER.indexOf(a.plan) - PLAN_ORDER.indexOf(b.plan));
}

/** Moving to a plan of a higher monthly price is an upgrade, to a lower one a downgrade. */
export function planChange(from: PlanName, to: PlanName, plans: Plan[]): 'upgrade' | 'downgrade' {
  const price = (name: PlanName) => plans.find((plan) => plan.plan === name)?.amount_per_month ?? PLAN_ORDER.indexOf(name);
  return price(to) >= price(from) ? 'upgrade' : 'downgrade';
}
