import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import type { RefundRequest, Transaction } from '../api/types';
import { minorToInput } from '../lib/money';
import { checkRefund, REASON_MAX, remainingAmount, type RefundErrors } from '../lib/refundForm';
import { useMoney } from '../hooks/useMoney';

type Step = { kind: 'form' } | { kind: 'confirm'; request: RefundRequest; amount: number };

/**
 * A refund in two steps: the amount (in euros, the remaining amount by default) and a reason, checked here first;
 * then a confirmation that says exactly what will be refunded. The result is announced.
 */
export function RefundForm({
  transaction,
  onRefund,
  pending,
  error,
  result,
}: {
  transaction: Pick<Transaction, 'amount' | 'amount_refunded' | 'currency'>;
  onRefund: (request: RefundRequest, done: () => void) => void;
  pending: boolean;
  error: unknown;
  result: string;
}) {
  const { t, i18n } = useTranslation('payments');
  const money = useMoney();
  const remaining = remainingAmount(transaction);
  const [amount, setAmount] = useState(() => minorToInput(remaining, i18n.language));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<RefundErrors>({});
  const [step, setStep] = useState<Step>({ kind: 'form' });

  const review = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkRefund({ amount, reason }, remaining);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    // The whole remaining amount is sent as "no amount": the service then refunds exactly what is left.
    setStep({ kind: 'confirm', amount: checked.amount, request: checked.amount === remaining ? { reason: checked.reason } : { amount: checked.amount, reason: checked.reason } });
  };

  const done = () => {
    setStep({ kind: 'form' });
    setReason('');
  };

  return (
    <section className="pay-refund" aria-labelledby="refund-title">
      <h3 id="refund-title">{t('refund.title')}</h3>
      <p className="muted">{t('refund.remaining', { amount: money(remaining, transaction.currency) })}</p>
      <p className="pay-refund-result" aria-live="polite" data-testid="refund-result">
        {result}
      </p>
      {step.kind === 'form' ? (
        <form className="form" onSubmit={review} noValidate>
          <div className="field">
            <label htmlFor="refund-amount">{t('refund.amount', { currency: transaction.currency })}</label>
            <input
              id="refund-amount"
              type="text"
              inputMode="decimal"
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              aria-invalid={errors.amount ? true : undefined}
              aria-describedby={errors.amount ? 'refund-amount-hint refund-amount-error' : 'refund-amount-hint'}
              data-testid="refund-amount-input"
            />
            <p className="field-hint" id="refund-amount-hint">
              {t('refund.amountHint')}
            </p>
            {errors.amount && (
              <p className="field-error" id="refund-amount-error">
                {t(`refund.errors.${errors.amount}`, { max: money(remaining, transaction.currency) })}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="refund-reason">{t('refund.reason')}</label>
            <textarea
              id="refund-reason"
              value={reason}
              maxLength={REASON_MAX}
              required
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={errors.reason ? 'refund-reason-error' : undefined}
              data-testid="refund-reason-input"
            />
            {errors.reason && (
              <p className="field-error" id="refund-reason-error">
                {t(`refund.errors.${errors.reason}`)}
              </p>
            )}
          </div>
          <div className="actions">
            <button type="submit" className="button button-danger" data-testid="refund-button">
              {t('refund.review')}
            </button>
          </div>
        </form>
      ) : (
        <div className="pay-refund-confirm">
          <p className="alert alert-info">{t('refund.confirmText', { amount: money(step.amount, transaction.currency), reason: step.request.reason })}</p>
          {error !== null && error !== undefined && <ErrorMessage error={error} />}
          <div className="actions">
            <button type="button" className="button button-danger" disabled={pending} onClick={() => onRefund(step.request, done)} data-testid="refund-confirm">
              {pending ? t('refund.refunding') : t('refund.confirm', { amount: money(step.amount, transaction.currency) })}
            </button>
            <button type="button" className="button button-secondary" disabled={pending} onClick={() => setStep({ kind: 'form' })}>
              {t('refund.back')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
