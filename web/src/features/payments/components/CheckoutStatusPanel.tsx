import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Transaction } from '../api/types';
import type { CheckoutStatus } from '../lib/checkoutStatus';

/**
 * Where the payment stands after the checkout, announced politely as it changes. Waiting too long is not an error:
 * the payment completes in the background and a notification follows.
 */
export function CheckoutStatusPanel({ status, transaction, slow }: { status: CheckoutStatus; transaction: Pick<Transaction, 'kind' | 'course_id' | 'plan' | 'description'>; slow: boolean }) {
  const { t } = useTranslation('payments');
  const retryHref = transaction.kind === 'course' && transaction.course_id ? `/checkout/course/${transaction.course_id}` : transaction.plan ? `/checkout/plan/${transaction.plan}` : '/courses';
  const waiting = status === 'pending' || (status === 'completed' && transaction.kind === 'course');
  return (
    <div className="card pay-status" data-testid="checkout-status" data-status={status}>
      <div aria-live="polite" aria-atomic="true" className="pay-status-live">
        {waiting && <span className="spinner" aria-hidden="true" />}
        <p className="pay-status-title">{t(`success.${statusMessageKey(status, transaction.kind)}`, { description: transaction.description })}</p>
        {slow && waiting && <p className="alert alert-info">{t('success.slow')}</p>}
      </div>
      <div className="actions">
        {status === 'enrolled' && transaction.course_id && (
          <Link to={`/courses/${transaction.course_id}`} className="button" data-testid="checkout-go-to-course">
            {t('success.startCourse')}
          </Link>
        )}
        {status === 'completed' && transaction.kind === 'subscription' && (
          <Link to="/account/subscription" className="button">
            {t('success.toSubscription')}
          </Link>
        )}
        {status === 'failed' && (
          <Link to={retryHref} className="button">
            {t('success.retry')}
          </Link>
        )}
        <Link to="/account/payments" className="button button-secondary">
          {t('success.toPayments')}
        </Link>
      </div>
    </div>
  );
}

function statusMessageKey(status: CheckoutStatus, kind: Transaction['kind']): string {
  if (status === 'completed') return kind === 'course' ? 'completedCourse' : 'completedSubscription';
  return status;
}
