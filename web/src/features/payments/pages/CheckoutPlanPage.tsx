import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import type { Plan } from '../api/types';
import { useMySubscription } from '../api/useMySubscription';
import { usePlans } from '../api/usePlans';
import { CheckoutNotice } from '../components/CheckoutNotice';
import { useCheckoutRedirect } from '../hooks/useCheckoutRedirect';
import { useMoney } from '../hooks/useMoney';
import { isPlanName } from '../lib/subscriptionActions';
import '../payments.css';

/** /checkout/plan/:plan: the plan, its monthly price and what it opens; "Subscribe" starts the checkout. */
export function CheckoutPlanPage() {
  return (
    <RequireAuth>
      <PlanCheckout />
    </RequireAuth>
  );
}

function PlanCheckout() {
  const { plan: planParam } = useParams();
  const { t } = useTranslation('payments');
  const plans = usePlans();
  const planName = isPlanName(planParam) ? planParam : undefined;
  useDocumentTitle(planName ? t('checkout.planTitleNamed', { plan: t(`plans.${planName}.name`) }) : t('checkout.planTitle'));
  if (!planName) {
    return (
      <section className="page narrow">
        <h1>{t('checkout.planTitle')}</h1>
        <CheckoutNotice text={t('checkout.unknownPlan')} to="/account/subscription" link={t('checkout.seePlans')} />
      </section>
    );
  }
  if (plans.isPending) return <Loading />;
  const plan = plans.data?.find((candidate) => candidate.plan === planName);
  if (plans.error || !plan) return <ErrorMessage error={plans.error} onRetry={() => void plans.refetch()} />;
  return <PlanOffer plan={plan} />;
}

function PlanOffer({ plan }: { plan: Plan }) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  const subscription = useMySubscription();
  const checkout = useCheckoutRedirect();
  const name = t(`plans.${plan.plan}.name`);
  const price = t('plans.perMonth', { price: money(plan.amount_per_month, plan.currency) });
  const current = subscription.data?.status === 'active' ? subscription.data : null;

  let offer;
  if (subscription.isPending) offer = <Loading />;
  else if (current?.plan === plan.plan) offer = <CheckoutNotice text={t('checkout.alreadySubscribed', { plan: name })} to="/account/subscription" link={t('checkout.toSubscription')} />;
  else if (current || isProblem(checkout.error, 409)) offer = <CheckoutNotice text={t('checkout.changeInstead')} to="/account/subscription" link={t('checkout.toSubscription')} />;
  else
    offer = (
      <div className="actions">
        <button type="button" className="button" disabled={checkout.isPending} onClick={() => checkout.start({ plan: plan.plan })} data-testid="checkout-start">
          {checkout.isPending ? t('checkout.opening') : t('checkout.subscribe')}
        </button>
        <Link to="/account/subscription" className="button button-ghost">
          {t('checkout.otherPlans')}
        </Link>
      </div>
    );

  return (
    <section className="page narrow pay-checkout">
      <header>
        <p className="muted pay-kicker">{t('checkout.planTitle')}</p>
        <h1>{t('checkout.planHeading', { plan: name })}</h1>
      </header>
      <div className="card pay-offer" data-testid="plan-card" data-plan={plan.plan}>
        <p className="pay-offer-price">
          <strong>{price}</strong>
        </p>
        <p>{t(`plans.${plan.plan}.description`)}</p>
        <ul className="pay-grants">
          <li>{t(`plans.grants.${plan.grants}`)}</li>
          <li>{t('checkout.cancelAnytime')}</li>
          {plan.plan === 'enterprise' && <li>{t('plans.enterprise.extra')}</li>}
        </ul>
        <p className="muted">{t('checkout.secure')}</p>
        {checkout.error !== null && !isProblem(checkout.error, 409) && <ErrorMessage error={checkout.error} />}
        {offer}
      </div>
    </section>
  );
}
