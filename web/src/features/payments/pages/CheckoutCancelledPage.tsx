import { Link, useLocation, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import type { Transaction } from '../api/types';
import { useTransaction } from '../api/useTransaction';
import '../payments.css';

/** /checkout/cancelled?transaction_id=…: the buyer gave up, or the card was declined. Nothing was charged. */
export function CheckoutCancelledPage() {
  return (
    <RequireAuth>
      <CheckoutCancelled />
    </RequireAuth>
  );
}

type Reason = 'declined' | 'cancelled' | 'unknown';

function CheckoutCancelled() {
  const { t } = useTranslation('payments');
  const [params] = useSearchParams();
  const location = useLocation();
  const transaction = useTransaction(params.get('transaction_id'));
  const reason = reasonOf(location.state, transaction.data);
  useDocumentTitle(t(`cancelled.${reason}.title`));
  return (
    <section className="page narrow pay-checkout" data-testid="checkout-cancelled" data-status={transaction.data?.status ?? 'unknown'} data-reason={reason}>
      <h1>{t(`cancelled.${reason}.title`)}</h1>
      {transaction.isLoading ? <Loading /> : <CancelledActions transaction={transaction.data} reason={reason} />}
    </section>
  );
}

/**
 * Declined or cancelled: the sandbox page says which when it leads here (both end as a "failed" transaction); coming
 * back from Stripe's page, the buyer cancelled (Stripe keeps a declined buyer on its page).
 */
function reasonOf(state: unknown, transaction: Transaction | undefined): Reason {
  const told = typeof state === 'object' && state !== null && 'reason' in state ? state.reason : undefined;
  if (told === 'declined' || told === 'cancelled') return told;
  return transaction?.status === 'failed' ? 'unknown' : 'cancelled';
}

/** What happened, then: try again, back to the course (when known), or the catalog. */
function CancelledActions({ transaction, reason }: { transaction: Transaction | undefined; reason: Reason }) {
  const { t } = useTranslation('payments');
  const courseId = transaction?.kind === 'course' ? transaction.course_id : null;
  const retry = courseId ? `/checkout/course/${courseId}` : transaction?.plan ? `/checkout/plan/${transaction.plan}` : null;
  return (
    <div className="card pay-status">
      <p className="pay-status-title">{t(`cancelled.${reason}.text`)}</p>
      {transaction && <p className="muted">{transaction.description}</p>}
      <p className="muted">{t('cancelled.nothingCharged')}</p>
      <div className="actions">
        {retry && (
          <Link to={retry} className="button" data-testid="checkout-retry">
            {t('cancelled.retry')}
          </Link>
        )}
        {courseId && (
          <Link to={`/courses/${courseId}`} className="button button-secondary">
            {t('cancelled.backToCourse')}
          </Link>
        )}
        {transaction?.kind === 'subscription' && (
          <Link to="/account/subscription" className="button button-secondary">
            {t('cancelled.seePlans')}
          </Link>
        )}
        {!transaction && (
          <Link to="/courses" className="button button-secondary">
            {t('cancelled.toCatalog')}
          </Link>
        )}
      </div>
    </div>
  );
}
