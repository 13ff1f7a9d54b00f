import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Transaction } from '../api/types';
import { useMoney } from '../hooks/useMoney';
import { StatusBadge } from './StatusBadge';

/**
 * The learner's transactions: a table on a desktop, one card per payment on a phone (each value labelled). Only a
 * paid transaction has an invoice to open.
 */
export function PaymentsList({ transactions, onInvoice, openingInvoiceId }: { transactions: Transaction[]; onInvoice: (invoiceId: string) => void; openingInvoiceId: string | undefined }) {
  const { t } = useTranslation('payments');
  const format = useFormat();
  const money = useMoney();
  return (
    <div className="table-wrap pay-responsive">
      <table className="table pay-table">
        <caption className="visually-hidden">{t('myPayments.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.date')}</th>
            <th scope="col">{t('columns.description')}</th>
            <th scope="col">{t('columns.amount')}</th>
            <th scope="col">{t('columns.status')}</th>
            <th scope="col">{t('columns.refunded')}</th>
            <th scope="col">{t('columns.invoice')}</th>
          </tr>
        </thead>
        <tbody>
          {transactions.map((transaction) => (
            <tr key={transaction.id} data-testid="payment-row" data-status={transaction.status}>
              <td data-label={t('columns.date')}>{format.date(transaction.created_at)}</td>
              <th scope="row" data-label={t('columns.description')}>
                {transaction.description}
                <span className="pay-secondary">{t(`kind.${transaction.kind}`)}</span>
              </th>
              <td data-label={t('columns.amount')} className="pay-amount">
                {money(transaction.amount, transaction.currency)}
              </td>
              <td data-label={t('columns.status')}>
                <StatusBadge transaction={transaction} />
              </td>
              <td data-label={t('columns.refunded')} className="pay-amount">
                {transaction.amount_refunded > 0 ? money(transaction.amount_refunded, transaction.currency) : (
                  <>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t('myPayments.nothingRefunded')}</span>
                  </>
                )}
              </td>
              <td data-label={t('columns.invoice')}>
                {transaction.invoice_id ? (
                  <button
                    type="button"
                    className="button button-secondary pay-small-button"
                    onClick={() => transaction.invoice_id && onInvoice(transaction.invoice_id)}
                    disabled={openingInvoiceId === transaction.invoice_id}
                    aria-label={t('myPayments.invoiceFor', { description: transaction.description })}
                    data-testid="invoice-download"
                  >
                    {openingInvoiceId === transaction.invoice_id ? t('myPayments.invoiceOpening') : t('myPayments.invoice')}
                  </button>
                ) : (
                  <span className="muted">{t('myPayments.noInvoice')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
