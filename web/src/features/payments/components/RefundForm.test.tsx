import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { RefundForm } from './RefundForm';

const paid = { amount: 4900, amount_refunded: 1000, currency: 'EUR' };

function renderForm(onRefund = vi.fn()) {
  renderWithProviders(<RefundForm transaction={paid} onRefund={onRefund} pending={false} error={null} result="" />);
  return onRefund;
}

describe('RefundForm', () => {
  it('starts from the remaining amount, requires a reason and refuses more than what is left', async () => {
    const onRefund = renderForm();
    const amount = screen.getByTestId('refund-amount-input');
    expect(amount).toHaveValue('39,00');
    await userEvent.click(screen.getByTestId('refund-button'));
    expect(screen.getByText('Indiquez le motif du remboursement.')).toBeInTheDocument();
    expect(screen.getByTestId('refund-reason-input')).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(amount);
    await userEvent.type(amount, '39,01');
    await userEvent.type(screen.getByTestId('refund-reason-input'), 'Cours en double');
    await userEvent.click(screen.getByTestId('refund-button'));
    expect(screen.getByText(/Au plus 39\s€/)).toBeInTheDocument();
    expect(screen.queryByTestId('refund-confirm')).toBeNull();
    expect(onRefund).not.toHaveBeenCalled();
  });

  it('confirms a partial refund in minor units; the whole remainder is sent without an amount', async () => {
    const onRefund = renderForm();
    const amount = screen.getByTestId('refund-amount-input');
    await userEvent.clear(amount);
    await userEvent.type(amount, '12.50');
    await userEvent.type(screen.getByTestId('refund-reason-input'), 'Geste commercial');
    await userEvent.click(screen.getByTestId('refund-button'));
    await userEvent.click(screen.getByTestId('refund-confirm'));
    expect(onRefund).toHaveBeenLastCalledWith({ amount: 1250, reason: 'Geste commercial' }, expect.any(Function));

    await userEvent.click(screen.getByRole('button', { name: 'Modifier' }));
    await userEvent.clear(screen.getByTestId('refund-amount-input'));
    await userEvent.type(screen.getByTestId('refund-amount-input'), '39');
    await userEvent.click(screen.getByTestId('refund-button'));
    await userEvent.click(screen.getByTestId('refund-confirm'));
    expect(onRefund).toHaveBeenLastCalledWith({ reason: 'Geste commercial' }, expect.any(Function));
  });
});
