import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanName } from '../api/types';
import { orderedPlans } from '../lib/subscriptionActions';
import { useMoney } from '../hooks/useMoney';

/** The plans side by side (stacked on a phone): name, monthly price, what it opens; the action is the caller's. */
export function PlanCards({ plans, current, action }: { plans: Plan[]; current?: PlanName; action: (plan: Plan) => ReactNode }) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  return (
    <ul className="pay-plans">
      {orderedPlans(plans).map((plan) => (
        <li key={plan.plan} className={plan.plan === current ? 'card pay-plan current' : 'card pay-plan'} data-testid="plan-card" data-plan={plan.plan}>
          <h3>{t(`plans.${plan.plan}.name`)}</h3>
          <p className="pay-plan-price">{t('plans.perMonth', { price: money(plan.amount_per_month, plan.currency) })}</p>
          <p>{t(`plans.${plan.plan}.description`)}</p>
          <p className="muted">{t(`plans.grants.${plan.grants}`)}</p>
          {plan.plan === current && <p className="badge">{t('plans.current')}</p>}
          <div className="pay-plan-action">{action(plan)}</div>
        </li>
      ))}
    </ul>
  );
}
