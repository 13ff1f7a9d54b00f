import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useFormat } from '@/lib/format';
import type { Plan, PlanName, Subscription, SubscriptionChange } from '../api/types';
import { orderedPlans, planChange, subscriptionActions } from '../lib/subscriptionActions';
import { useMoney } from '../hooks/useMoney';
import { Dialog } from './Dialog';

const STATUS_TONE: Record<Subscription['status'], string> = {
  active: 'badge badge-success',
  paused: 'badge badge-warning',
  cancelled: 'badge badge-danger',
  expired: 'badge',
};

/**
 * The current subscription and what can be done with it. Changing plan and cancelling are confirmed in a dialog
 * first; resuming a cancellation is harmless, so it is one click.
 */
export function SubscriptionPanel({
  subscription,
  plans,
  onChange,
  pending,
  error,
}: {
  subscription: Subscription;
  plans: Plan[];
  onChange: (change: SubscriptionChange, done: () => void) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  const actions = subscriptionActions(subscription);
  const [dialog, setDialog] = useState<'change' | 'cancel' | null>(null);
  const close = () => setDialog(null);
  const planName = (plan: PlanName) => t(`plans.${plan}.name`);

  return (
    <section className="card pay-subscription" aria-labelledby="subscription-title">
      <h2 id="subscription-title">{t('subscription.current')}</h2>
      <dl className="pay-facts">
        <div>
          <dt>{t('subscription.plan')}</dt>
          <dd>{planName(subscription.plan)}</dd>
        </div>
        <div>
          <dt>{t('subscription.status')}</dt>
          <dd>
            <span className={STATUS_TONE[subscription.status]} data-testid="subscription-status" data-status={subscription.status}>
              {t(`subscriptionStatus.${subscription.status}`)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('subscription.price')}</dt>
          <dd>{t('plans.perMonth', { price: money(subscription.amount_per_month, subscription.currency) })}</dd>
        </div>
        <div>
          <dt>{t('subscription.since')}</dt>
          <dd>{format.date(subscription.started_at)}</dd>
        </div>
        {subscription.renewal_date && subscription.status === 'active' && (
          <div>
            <dt>{subscription.cancel_at_period_end ? t('subscription.endsOn') : t('subscription.renewsOn')}</dt>
            <dd>{format.date(subscription.renewal_date)}</dd>
          </div>
        )}
        {subscription.cancelled_date && subscription.status !== 'active' && (
          <div>
            <dt>{t('subscription.cancelledOn')}</dt>
            <dd>{format.date(subscription.cancelled_date)}</dd>
          </div>
        )}
      </dl>
      {subscription.cancel_at_period_end && subscription.renewal_date && subscription.status === 'active' && (
        <p className="alert alert-info">{t('subscription.cancelsOn', { date: format.date(subscription.renewal_date) })}</p>
      )}
      {subscription.status === 'paused' && <p className="alert alert-info">{t('subscription.pausedHint')}</p>}
      {dialog === null && error !== null && error !== undefined && <ErrorMessage error={error} />}
      <div className="actions">
        {actions.changePlan && (
          <button type="button" className="button" onClick={() => setDialog('change')} data-testid="change-plan">
            {t('subscription.changePlan')}
          </button>
        )}
        {actions.resume && (
          <button type="button" className="button" disabled={pending} onClick={() => onChange({ cancel_at_period_end: false }, close)} data-testid="resume-subscription">
            {pending ? t('subscription.saving') : t('subscription.resume')}
          </button>
        )}
        {actions.cancel && (
          <button type="button" className="button button-secondary" onClick={() => setDialog('cancel')} data-testid="cancel-subscription">
            {t('subscription.cancel')}
          </button>
        )}
      </div>

      {dialog === 'change' && <ChangePlanDialog subscription={subscription} plans={plans} pending={pending} error={error} onClose={close} onConfirm={(plan) => onChange({ plan }, close)} />}
      {dialog === 'cancel' && (
        <Dialog title={t('subscription.cancelTitle')} onClose={close}>
          <p>
            {subscription.renewal_date
              ? t('subscription.cancelExplain', { date: format.date(subscription.renewal_date) })
              : t('subscription.cancelExplainNoDate')}
          </p>
          {error !== null && error !== undefined && <ErrorMessage error={error} />}
          <div className="actions">
            <button type="button" className="button button-danger" disabled={pending} onClick={() => onChange({ cancel_at_period_end: true }, close)} data-testid="cancel-subscription-confirm">
              {pending ? t('subscription.saving') : t('subscription.cancelConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={close}>
              {t('subscription.keep')}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** Pick another plan, read whether it is an upgrade or a downgrade and its price, then confirm. */
function ChangePlanDialog({ subscription, plans, pending, error, onClose, onConfirm }: { subscription: Subscription; plans: Plan[]; pending: boolean; error: unknown; onClose: () => void; onConfirm: (plan: PlanName) => void }) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  const others = orderedPlans(plans).filter((plan) => plan.plan !== subscription.plan);
  const [choice, setChoice] = useState<PlanName | undefined>(others[0]?.plan);
  const chosen = others.find((plan) => plan.plan === choice);
  return (
    <Dialog title={t('subscription.changeTitle')} onClose={onClose}>
      <fieldset className="pay-plan-choice">
        <legend>{t('subscription.choosePlan')}</legend>
        {others.map((plan) => (
          <label key={plan.plan} className="pay-radio">
            <input type="radio" name="plan" value={plan.plan} checked={choice === plan.plan} onChange={() => setChoice(plan.plan)} data-testid="change-plan-option" />
            <span>
              <strong>{t(`plans.${plan.plan}.name`)}</strong> — {t('plans.perMonth', { price: money(plan.amount_per_month, plan.currency) })}
              <span className="pay-secondary">{t(`plans.${plan.plan}.description`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {chosen && (
        <p>
          {t(`subscription.${planChange(subscription.plan, chosen.plan, plans)}`, {
            from: t(`plans.${subscription.plan}.name`),
            to: t(`plans.${chosen.plan}.name`),
            price: money(chosen.amount_per_month, chosen.currency),
          })}
        </p>
      )}
      {error !== null && error !== undefined && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="button" className="button" disabled={!chosen || pending} onClick={() => chosen && onConfirm(chosen.plan)} data-testid="change-plan-confirm">
          {pending ? t('subscription.saving') : t('subscription.changeConfirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('subscription.keep')}
        </button>
      </div>
    </Dialog>
  );
}
