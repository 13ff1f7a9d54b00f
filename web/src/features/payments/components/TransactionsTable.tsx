import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Transaction } from '../api/types';
import { useMoney } from '../hooks/useMoney';
import { StatusBadge } from './StatusBadge';

/**
 * The admin's page of transactions. Each row opens its detail: with its button (keyboard, screen readers) or a click
 * anywhere on it (a mouse).
 */
export function TransactionsTable({ transactions, onOpen, caption }: { transactions: Transaction[]; onOpen: (transaction: Transaction) => void; caption: string }) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  return (
    <div className="table-wrap pay-responsive">
      <table className="table pay-table pay-admin-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.date')}</th>
            <th scope="col">{t('columns.description')}</th>
            <th scope="col">{t('columns.customer')}</th>
            <th scope="col">{t('columns.amount')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.refunded')}</th>
          </tr>
        </thead>
        <tbody>
          {transactions.map((transaction) => (
            <tr key={transaction.id} data-testid="transaction-row" data-status={transaction.status} data-transaction-id={transaction.id} className="pay-clickable" onClick={() => onOpen(transaction)}>
              <td data-label={t('columns.date')}>{format.dateTime(transaction.created_at)}</td>
              <th scope="row" data-label={t('columns.description')}>
                <button
                  type="button"
                  className="pay-link-button"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(transaction);
                  }}
                  aria-haspopup="dialog"
                >
                  {transaction.description}
                </button>
                <span className="pay-secondary">
                  {t(`kind.${transaction.kind}`)} · {t(`mode.${transaction.mode}`)}
                </span>
              </th>
              <td data-label={t('columns.customer')} className="pay-email">
                {transaction.user_email ?? t('admin.unknownCustomer')}
              </td>
              <td data-label={t('columns.amount')} className="pay-amount">
                {money(transaction.amount, transaction.currency)}
              </td>
              <td data-label={t('columns.status')}>
                <StatusBadge transaction={transaction} />
              </td>
              <td data-label={t('columns.refunded')} className="pay-amount">
                {transaction.amount_refunded > 0 ? money(transaction.amount_refunded, transaction.currency) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
