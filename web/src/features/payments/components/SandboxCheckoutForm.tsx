import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Field } from '@/components/Field';
import type { SandboxSession } from '../api/types';
import { normalizeCardNumber, TEST_CARDS } from '../lib/testCards';
import { useMoney } from '../hooks/useMoney';

/**
 * The sandbox's stand-in for Stripe's payment page: a test card number (the accepted one prefilled), pay or cancel.
 * No real card is ever asked for here, and the page says so first.
 */
export function SandboxCheckoutForm({
  session,
  onPay,
  onCancel,
  paying,
  cancelling,
  error,
}: {
  session: SandboxSession;
  onPay: (cardDigits: string) => void;
  onCancel: () => void;
  paying: boolean;
  cancelling: boolean;
  error: unknown;
}) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  const [card, setCard] = useState<string>(TEST_CARDS.accepted);
  const [invalid, setInvalid] = useState(false);
  const amount = money(session.amount, session.currency);
  const busy = paying || cancelling;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = normalizeCardNumber(card);
    setInvalid('error' in checked);
    if ('digits' in checked) onPay(checked.digits);
  };

  return (
    <form className="card form pay-sandbox-form" onSubmit={submit} noValidate aria-busy={busy}>
      <dl className="pay-facts">
        <div>
          <dt>{t('sandbox.item')}</dt>
          <dd>{session.description}</dd>
        </div>
        <div>
          <dt>{t('sandbox.amount')}</dt>
          <dd className="pay-amount-large">{amount}</dd>
        </div>
      </dl>
      <Field
        label={t('sandbox.card')}
        name="card_number"
        inputMode="numeric"
        autoComplete="off"
        value={card}
        onChange={(event) => setCard(event.target.value)}
        error={invalid ? t('sandbox.cardInvalid') : undefined}
        hint={
          <>
            {t('sandbox.cardsHint')}{' '}
            <span className="pay-nowrap">{t('sandbox.acceptedCard', { number: TEST_CARDS.accepted })}</span>{' '}
            <span className="pay-nowrap">{t('sandbox.declinedCard', { number: TEST_CARDS.declined })}</span>
          </>
        }
        data-testid="sandbox-card-input"
      />
      {error !== null && error !== undefined && <ErrorMessage error={error} />}
      <div className="actions">
        <button type="submit" className="button" disabled={busy} data-testid="sandbox-pay">
          {paying ? t('sandbox.paying') : t('sandbox.pay', { amount })}
        </button>
        <button type="button" className="button button-secondary" disabled={busy} onClick={onCancel} data-testid="sandbox-cancel">
          {cancelling ? t('sandbox.cancelling') : t('sandbox.cancel')}
        </button>
      </div>
    </form>
  );
}
