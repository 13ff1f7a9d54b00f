import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { RefundRequest, Transaction } from '../api/types';
import { remainingAmount } from '../lib/refundForm';
import { useMoney } from '../hooks/useMoney';
import { RefundForm } from './RefundForm';
import { StatusBadge } from './StatusBadge';

/** One transaction as an admin needs it: who, what, how, its refunds so far, and the refund form when one is possible. */
export function TransactionDetail({
  transaction,
  onRefund,
  refund,
}: {
  transaction: Transaction;
  onRefund: (request: RefundRequest, done: () => void) => void;
  refund: { pending: boolean; error: unknown; result: string };
}) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  const refundable = transaction.status === 'completed' && remainingAmount(transaction) > 0;
  return (
    <div className="pay-detail" data-testid="transaction-detail" data-status={transaction.status}>
      <dl className="pay-facts">
        <div>
          <dt>{t('columns.description')}</dt>
          <dd>{transaction.course_id ? <Link to={`/courses/${transaction.course_id}`}>{transaction.description}</Link> : transaction.description}</dd>
        </div>
        <div>
          <dt>{t('columns.customer')}</dt>
          <dd className="pay-email">{transaction.user_email ?? t('admin.unknownCustomer')}</dd>
        </div>
        <div>
          <dt>{t('columns.amount')}</dt>
          <dd>{money(transaction.amount, transaction.currency)}</dd>
        </div>
        <div>
          <dt>{t('columns.status')}</dt>
          <dd>
            <StatusBadge transaction={transaction} />
          </dd>
        </div>
        <div>
          <dt>{t('columns.refunded')}</dt>
          <dd>{money(transaction.amount_refunded, transaction.currency)}</dd>
        </div>
        <div>
          <dt>{t('detail.method')}</dt>
          <dd>
            {transaction.payment_method ? t(`method.${transaction.payment_method}`) : '—'} · {t(`mode.${transaction.mode}`)}
          </dd>
        </div>
        <div>
          <dt>{t('detail.created')}</dt>
          <dd>{format.dateTime(transaction.created_at)}</dd>
        </div>
        {transaction.completed_at && (
          <div>
            <dt>{t('detail.completed')}</dt>
            <dd>{format.dateTime(transaction.completed_at)}</dd>
          </div>
        )}
        {transaction.failure_reason && (
          <div>
            <dt>{t('detail.failure')}</dt>
            <dd lang="en">{transaction.failure_reason}</dd>
          </div>
        )}
        <div>
          <dt>{t('detail.id')}</dt>
          <dd className="pay-id">{transaction.id}</dd>
        </div>
      </dl>

      <section aria-labelledby="refunds-title" className="pay-refunds">
        <h3 id="refunds-title">{t('detail.refunds')}</h3>
        {transaction.refunds.length === 0 ? (
          <p className="muted">{t('detail.noRefunds')}</p>
        ) : (
          <ul className="pay-refund-list">
            {transaction.refunds.map((item) => (
              <li key={item.id}>
                <strong>{money(item.amount, transaction.currency)}</strong> · {format.dateTime(item.created_at)} · {t(`refundStatus.${item.status}`)}
                <span className="pay-secondary">{item.reason}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      {refundable ? (
        <RefundForm key={transaction.amount_refunded} transaction={transaction} onRefund={onRefund} pending={refund.pending} error={refund.error} result={refund.result} />
      ) : (
        <>
          <p className="muted">{t(transaction.status === 'completed' || transaction.status === 'refunded' ? 'detail.fullyRefunded' : 'detail.notRefundable')}</p>
          <p className="pay-refund-result" aria-live="polite" data-testid="refund-result">
            {refund.result}
          </p>
        </>
      )}
    </div>
  );
}
