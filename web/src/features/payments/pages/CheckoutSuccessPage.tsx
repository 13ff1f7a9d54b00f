import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Transaction } from '../api/types';
import { useTransaction } from '../api/useTransaction';
import { CheckoutStatusPanel } from '../components/CheckoutStatusPanel';
import { useInterval, useStalled } from '../hooks/useStalled';
import { checkoutStatus, isWaiting } from '../lib/checkoutStatus';
import '../payments.css';

/** Every second at first; after SLOW_AFTER_MS without news, every few seconds (the page says it may take a while). */
const POLL_MS = 1_000;
const SLOW_POLL_MS = 5_000;
const SLOW_AFTER_MS = 30_000;

/**
 * /checkout/success?transaction_id=…: where the checkout comes back. The payment completes when the payment
 * provider's webhook arrives, and a course purchase ends with the enrollment a moment later: this page waits for
 * both, saying where things stand, and never turns a delay into an error.
 */
export function CheckoutSuccessPage() {
  return (
    <RequireAuth>
      <CheckoutSuccess />
    </RequireAuth>
  );
}

function CheckoutSuccess() {
  const { t } = useTranslation('payments');
  useDocumentTitle(t('success.title'));
  const [params] = useSearchParams();
  const transactionId = params.get('transaction_id') ?? '';
  return (
    <section className="page narrow pay-checkout">
      <h1>{t('success.title')}</h1>
      {transactionId ? (
        <TransactionProgress transactionId={transactionId} />
      ) : (
        <p>
          {t('success.noTransaction')} <Link to="/account/payments">{t('success.toPayments')}</Link>
        </p>
      )}
    </section>
  );
}

function TransactionProgress({ transactionId }: { transactionId: string }) {
  const [slow, setSlow] = useState(false);
  const transaction = useTransaction(transactionId, { pollEveryMs: slow ? SLOW_POLL_MS : POLL_MS });
  if (transaction.data) return <Progress transaction={transaction.data} onSlow={setSlow} />;
  if (transaction.isPending) return <Loading />;
  return <ErrorMessage error={transaction.error} onRetry={() => void transaction.refetch()} />;
}

function Progress({ transaction, onSlow }: { transaction: Transaction; onSlow: (slow: boolean) => void }) {
  const queryClient = useQueryClient();
  const watchEnrollment = transaction.status === 'completed' && transaction.kind === 'course';
  const enrollments = useMyEnrollments(watchEnrollment);
  const status = checkoutStatus(transaction, enrollments.data?.map((enrollment) => enrollment.course_id));
  const waiting = isWaiting(status, transaction.kind);
  const slow = useStalled(status, waiting, SLOW_AFTER_MS);
  useEffect(() => onSlow(slow), [slow, onSlow]);
  // The transaction polls itself while pending; the enrollment that follows a course purchase is polled here.
  useInterval(() => void enrollments.refetch(), watchEnrollment && status !== 'enrolled' ? (slow ? SLOW_POLL_MS : POLL_MS) : null);
  useEffect(() => {
    // Paid (or refused): "my payments" and the subscription show the news when visited next.
    if (!waiting) void queryClient.invalidateQueries({ queryKey: queryKeys.payments, refetchType: 'none' });
  }, [waiting, queryClient]);
  return <CheckoutStatusPanel status={status} transaction={transaction} slow={slow} />;
}
