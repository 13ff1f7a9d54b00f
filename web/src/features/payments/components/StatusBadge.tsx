import { useTranslation } from 'react-i18next';
import type { Transaction, TransactionStatus } from '../api/types';

const TONE: Record<TransactionStatus, string> = {
  pending: 'badge badge-warning',
  completed: 'badge badge-success',
  failed: 'badge badge-danger',
  refunded: 'badge',
};

/** The status in words (its colour only repeats them); a partial refund says so while the status stays "completed". */
export function statusLabelKey(transaction: Pick<Transaction, 'status' | 'amount_refunded'>): string {
  if (transaction.status === 'completed' && transaction.amount_refunded > 0) return 'status.partiallyRefunded';
  return `status.${transaction.status}`;
}

export function StatusBadge({ transaction }: { transaction: Pick<Transaction, 'status' | 'amount_refunded'> }) {
  const { t } = useTranslation('payments');
  return <span className={TONE[transaction.status]}>{t(statusLabelKey(transaction))}</span>;
}
