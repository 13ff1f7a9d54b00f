import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import type { Revenue, SandboxSession, Transaction } from '../api/types';
import { CheckoutStatusPanel } from './CheckoutStatusPanel';
import { PaymentsList } from './PaymentsList';
import { RevenueCoursesTable, RevenuePlansTable } from './RevenueTables';
import { RevenueTotals } from './RevenueTotals';
import { SandboxCheckoutForm } from './SandboxCheckoutForm';
import { StatusBadge } from './StatusBadge';

const transaction = (changes: Partial<Transaction> = {}): Transaction => ({
  id: 't1', user_id: 'u1', user_email: 'sarah@example.fr', kind: 'course', course_id: 'c1', plan: null,
  description: 'Python pour l’analyse de données', amount: 4900, amount_refunded: 0, currency: 'EUR', status: 'completed',
  payment_method: 'card', mode: 'sandbox', failure_reason: null, invoice_id: 'i1', created_at: '2026-11-20T10:00:00Z',
  completed_at: '2026-11-20T10:00:02Z', refunded_at: null, disputed_at: null, refunds: [], ...changes,
});

describe('StatusBadge', () => {
  it('says the status in words, a partial refund included', () => {
    const cases = [
      [{ status: 'completed', amount_refunded: 0 }, 'Payé'],
      [{ status: 'completed', amount_refunded: 500 }, 'Remboursé en partie'],
      [{ status: 'refunded', amount_refunded: 4900 }, 'Remboursé'],
      [{ status: 'pending', amount_refunded: 0 }, 'En attente'],
      [{ status: 'failed', amount_refunded: 0 }, 'Échoué'],
    ] as const;
    for (const [state, label] of cases) {
      const { unmount } = renderWithProviders(<StatusBadge transaction={state} />);
      expect(screen.getByText(label)).toBeInTheDocument();
      unmount();
    }
  });
});

describe('PaymentsList', () => {
  it('lists each payment with its status, refund and an invoice button only when there is an invoice', async () => {
    const onInvoice = vi.fn();
    renderWithProviders(
      <PaymentsList
        transactions={[transaction({ amount_refunded: 1250 }), transaction({ id: 't2', status: 'failed', invoice_id: null, description: 'Abonnement Pro (mensuel)', kind: 'subscription' })]}
        onInvoice={onInvoice}
        openingInvoiceId={undefined}
      />,
    );
    const rows = screen.getAllByTestId('payment-row');
    expect(rows.map((row) => row.dataset.status)).toEqual(['completed', 'failed']);
    expect(within(rows[0]!).getByText('49 €')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('12,50 €')).toBeInTheDocument();
    expect(within(rows[1]!).queryByTestId('invoice-download')).toBeNull();
    await userEvent.click(within(rows[0]!).getByTestId('invoice-download'));
    expect(onInvoice).toHaveBeenCalledWith('i1');
  });
});

describe('revenue', () => {
  it('renders the totals (the net one marked for the journeys) and a table per course and plan with its net', () => {
    const revenue: Pick<Revenue, 'currency' | 'gross' | 'refunded' | 'net' | 'transactions'> = { currency: 'EUR', gross: 123450, refunded: 4900, net: 118550, transactions: 31 };
    renderWithProviders(
      <>
        <RevenueTotals revenue={revenue} />
        <RevenueCoursesTable courses={[{ course_id: 'c1', title: 'Excel avancé', gross: 9800, refunded: 4900, count: 2 }]} currency="EUR" />
        <RevenuePlansTable plans={[{ plan: 'pro', gross: 3800, refunded: 0, count: 2 }]} currency="EUR" />
      </>,
    );
    expect(screen.getByTestId('revenue-total')).toHaveTextContent(/^1 185,50 €$/);
    expect(screen.getByText('31')).toBeInTheDocument();
    const course = screen.getByTestId('revenue-course-row');
    expect(within(course).getByRole('link', { name: 'Excel avancé' })).toHaveAttribute('href', '/courses/c1');
    expect(within(course).getAllByText('49 €')).toHaveLength(2);
    const plan = screen.getByRole('row', { name: /Pro/ });
    expect(within(plan).getAllByText('38 €')).toHaveLength(2);
  });
});

describe('CheckoutStatusPanel', () => {
  it('offers to start the course once enrolled, and stays calm (no error) when the payment takes long', () => {
    const { unmount } = renderWithProviders(<CheckoutStatusPanel status="enrolled" transaction={transaction()} slow={false} />);
    expect(screen.getByTestId('checkout-status')).toHaveAttribute('data-status', 'enrolled');
    expect(screen.getByTestId('checkout-go-to-course')).toHaveAttribute('href', '/courses/c1');
    unmount();
    renderWithProviders(<CheckoutStatusPanel status="pending" transaction={transaction({ status: 'pending' })} slow />);
    expect(screen.getByTestId('checkout-status')).toHaveAttribute('data-status', 'pending');
    expect(screen.getByText(/vous recevrez une notification/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('checkout-go-to-course')).toBeNull();
  });
});

describe('SandboxCheckoutForm', () => {
  const session: SandboxSession = {
    session_id: 'cs_1', transaction_id: 't1', kind: 'course', description: 'Excel avancé', course_id: 'c1', plan: null, amount: 2990,
    currency: 'EUR', status: 'open', expires_at: '2026-11-30T11:00:00Z', success_url: 'http://x/checkout/success', cancel_url: 'http://x/checkout/cancelled',
  };

  it('is prefilled with the accepted test card, names both, pays with digits only and refuses what is not a card', async () => {
    const onPay = vi.fn();
    renderWithProviders(<SandboxCheckoutForm session={session} onPay={onPay} onCancel={() => {}} paying={false} cancelling={false} error={null} />);
    const input = screen.getByLabelText('Numéro de carte (test)');
    expect(input).toHaveValue('4242 4242 4242 4242');
    expect(screen.getByText(/4000 0000 0000 0002/)).toBeInTheDocument();
    await userEvent.clear(input);
    await userEvent.type(input, '4000 0000 0000 0002');
    await userEvent.click(screen.getByTestId('sandbox-pay'));
    expect(onPay).toHaveBeenCalledWith('4000000000000002');
    await userEvent.clear(input);
    await userEvent.type(input, '4242 abc');
    await userEvent.click(screen.getByTestId('sandbox-pay'));
    expect(onPay).toHaveBeenCalledTimes(1);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('sandbox-pay')).toHaveTextContent('Payer 29,90 €');
  });

});
