import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Pagination } from '@/components/Pagination';
import { EmptyState, QueryState } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useFormat } from '@/lib/format';
import type { RefundRequest, Transaction } from '../api/types';
import { useAdminTransactions } from '../api/useAdminTransactions';
import { useRefund } from '../api/useRefund';
import { useTransaction } from '../api/useTransaction';
import { Dialog } from '../components/Dialog';
import { PaymentsAdminNav } from '../components/PaymentsAdminNav';
import { TransactionDetail } from '../components/TransactionDetail';
import { TransactionSearchForm } from '../components/TransactionSearchForm';
import { TransactionsTable } from '../components/TransactionsTable';
import { useMoney } from '../hooks/useMoney';
import { filtersFromParams, paramsFromFilters, TRANSACTIONS_PAGE_SIZE } from '../lib/transactionFilters';
import '../payments.css';

/** /admin/payments: every transaction, searchable; a transaction's detail holds its refunds and the refund form. */
export function AdminPaymentsPage() {
  return (
    <RequireAuth roles={['admin']}>
      <AdminPayments />
    </RequireAuth>
  );
}

function AdminPayments() {
  const { t } = useTranslation('payments');
  const format = useFormat();
  useDocumentTitle(t('admin.title'));
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const transactions = useAdminTransactions(filters);
  const [open, setOpen] = useState<Transaction | null>(null);
  return (
    <section className="page pay-page">
      <PaymentsAdminNav />
      <h1>{t('admin.title')}</h1>
      <TransactionSearchForm key={params.toString()} filters={filters} onSearch={(next) => setParams(paramsFromFilters(next))} />
      <QueryState query={transactions}>
        {(page) => (
          <>
            <p className="muted" aria-live="polite" data-testid="transaction-total">
              {t('admin.found', { count: page.total, formatted: format.number(page.total) })}
            </p>
            {page.items.length === 0 ? (
              <EmptyState title={t('admin.none')} />
            ) : (
              <TransactionsTable transactions={page.items} onOpen={setOpen} caption={t('admin.caption')} />
            )}
            <Pagination page={filters.page} pageSize={TRANSACTIONS_PAGE_SIZE} total={page.total} onPage={(next) => setParams(paramsFromFilters({ ...filters, page: next }))} />
          </>
        )}
      </QueryState>
      {open && <TransactionDialog row={open} onClose={() => setOpen(null)} />}
    </section>
  );
}

/** The detail, fresh from the service (a refund changes it), shown at once from the row meanwhile. */
function TransactionDialog({ row, onClose }: { row: Transaction; onClose: () => void }) {
  const { t } = useTranslation('payments');
  const money = useMoney();
  const detail = useTransaction(row.id);
  const refund = useRefund(row.id);
  const [result, setResult] = useState('');
  const transaction = detail.data ?? row;
  const onRefund = (request: RefundRequest, done: () => void) => {
    setResult('');
    refund.mutate(request, {
      onSuccess: (created) => {
        done();
        setResult(t('refund.done', { amount: money(created.amount, transaction.currency), status: t(`refundStatus.${created.status}`) }));
      },
    });
  };
  return (
    <Dialog title={t('detail.title')} onClose={onClose} testId="transaction-dialog">
      <TransactionDetail transaction={transaction} onRefund={onRefund} refund={{ pending: refund.isPending, error: refund.error, result }} />
    </Dialog>
  );
}
