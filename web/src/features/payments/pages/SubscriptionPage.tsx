import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import type { Plan, Subscription, SubscriptionChange } from '../api/types';
import { useMySubscription } from '../api/useMySubscription';
import { usePlans } from '../api/usePlans';
import { useUpdateSubscription } from '../api/useUpdateSubscription';
import { PlanCards } from '../components/PlanCards';
import { SubscriptionPanel } from '../components/SubscriptionPanel';
import { subscriptionActions } from '../lib/subscriptionActions';
import '../payments.css';

/** /account/subscription: the current subscription and its actions, or the plans to choose from. */
export function SubscriptionPage() {
  return (
    <RequireAuth>
      <SubscriptionScreen />
    </RequireAuth>
  );
}

function SubscriptionScreen() {
  const { t } = useTranslation('payments');
  useDocumentTitle(t('subscription.title'));
  const subscription = useMySubscription();
  const plans = usePlans();
  const failed = subscription.error ?? plans.error;
  return (
    <section className="page pay-page">
      <header className="page-header">
        <div>
          <h1>{t('subscription.title')}</h1>
          <p className="muted">{t('subscription.intro')}</p>
        </div>
        <div className="actions">
          <Link to="/account/payments" className="button button-secondary">
            {t('subscription.toPayments')}
          </Link>
        </div>
      </header>
      {subscription.isPending || plans.isPending ? (
        <Loading />
      ) : failed || subscription.data === undefined || !plans.data ? (
        <ErrorMessage
          error={failed}
          onRetry={() => {
            void subscription.refetch();
            void plans.refetch();
          }}
        />
      ) : (
        <SubscriptionContent subscription={subscription.data} plans={plans.data} />
      )}
    </section>
  );
}

function SubscriptionContent({ subscription, plans }: { subscription: Subscription | null; plans: Plan[] }) {
  const { t } = useTranslation('payments');
  const update = useUpdateSubscription();
  const [announcement, setAnnouncement] = useState('');
  const change = (request: SubscriptionChange, done: () => void) => {
    setAnnouncement('');
    update.mutate(request, {
      onSuccess: (saved) => {
        done();
        setAnnouncement(
          request.plan ? t('subscription.changed', { plan: t(`plans.${request.plan}.name`) }) : saved.cancel_at_period_end ? t('subscription.cancelled') : t('subscription.resumed'),
        );
      },
    });
  };
  const choosing = !subscription || subscriptionActions(subscription).subscribe;
  return (
    <>
      <div aria-live="polite">{announcement && <p className="alert alert-success">{announcement}</p>}</div>
      {subscription && <SubscriptionPanel subscription={subscription} plans={plans} onChange={change} pending={update.isPending} error={update.error} />}
      {choosing && (
        <section aria-labelledby="plans-title" className="pay-section">
          <h2 id="plans-title">{subscription ? t('subscription.subscribeAgain') : t('subscription.choose')}</h2>
          {!subscription && <p className="muted">{t('subscription.none')}</p>}
          <PlanCards
            plans={plans}
            action={(plan) => (
              <Link to={`/checkout/plan/${plan.plan}`} className="button" aria-label={t('subscription.chooseNamed', { plan: t(`plans.${plan.plan}.name`) })}>
                {t('subscription.choosePlanButton')}
              </Link>
            )}
          />
        </section>
      )}
    </>
  );
}
