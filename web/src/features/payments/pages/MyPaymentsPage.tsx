import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Pagination } from '@/components/Pagination';
import { EmptyState, QueryState } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { MY_PAYMENTS_PAGE_SIZE, useMyPayments } from '../api/useMyPayments';
import { useOpenInvoice } from '../api/useOpenInvoice';
import { PaymentsList } from '../components/PaymentsList';
import '../payments.css';

/** /account/payments: every payment made, with its status, refunds and invoice. */
export function MyPaymentsPage() {
  return (
    <RequireAuth>
      <MyPayments />
    </RequireAuth>
  );
}

function MyPayments() {
  const { t } = useTranslation('payments');
  useDocumentTitle(t('myPayments.title'));
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('page'));
  const page = Number.isInteger(requested) && requested >= 1 ? requested : 1;
  const payments = useMyPayments(page);
  const invoice = useOpenInvoice();
  return (
    <section className="page pay-page">
      <header className="page-header">
        <div>
          <h1>{t('myPayments.title')}</h1>
          <p className="muted">{t('myPayments.intro')}</p>
        </div>
        <div className="actions">
          <Link to="/account/subscription" className="button button-secondary">
            {t('myPayments.toSubscription')}
          </Link>
          <Link to="/account" className="button button-ghost">
            {t('myPayments.toAccount')}
          </Link>
        </div>
      </header>
      <div aria-live="polite">{invoice.error !== null && <ErrorMessage error={invoice.error} />}</div>
      <QueryState query={payments}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('myPayments.empty')}>
              <Link to="/courses" className="button">
                {t('myPayments.toCatalog')}
              </Link>
            </EmptyState>
          ) : (
            <>
              <PaymentsList transactions={data.items} onInvoice={(id) => invoice.mutate(id)} openingInvoiceId={invoice.isPending ? invoice.variables : undefined} />
              <p className="muted pay-hint">{t('myPayments.printHint')}</p>
              <Pagination page={page} pageSize={MY_PAYMENTS_PAGE_SIZE} total={data.total} onPage={(next) => setParams(next > 1 ? { page: String(next) } : {})} />
            </>
          )
        }
      </QueryState>
    </section>
  );
}
