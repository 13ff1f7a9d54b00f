import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import type { Plan, Subscription } from '../api/types';
import { SubscriptionPanel } from './SubscriptionPanel';

const plans: Plan[] = [
  { plan: 'basic', amount_per_month: 900, currency: 'EUR', grants: 'beginner_courses' },
  { plan: 'pro', amount_per_month: 1900, currency: 'EUR', grants: 'all_courses' },
  { plan: 'enterprise', amount_per_month: 4900, currency: 'EUR', grants: 'all_courses' },
];

const subscription = (changes: Partial<Subscription> = {}): Subscription => ({
  id: 's1', plan: 'pro', status: 'active', amount_per_month: 1900, currency: 'EUR', started_at: '2026-10-01T00:00:00Z',
  renewal_date: '2026-12-01T00:00:00Z', cancel_at_period_end: false, cancelled_date: null, mode: 'sandbox', ...changes,
});

function renderPanel(value: Subscription, onChange = vi.fn()) {
  renderWithProviders(<SubscriptionPanel subscription={value} plans={plans} onChange={onChange} pending={false} error={null} />);
  return onChange;
}

describe('SubscriptionPanel', () => {
  it('offers the actions each state allows: change or cancel when active, resume when ending', async () => {
    const { unmount } = renderWithProviders(<SubscriptionPanel subscription={subscription()} plans={plans} onChange={vi.fn()} pending={false} error={null} />);
    expect(screen.getByTestId('subscription-status')).toHaveAttribute('data-status', 'active');
    expect(screen.getByTestId('change-plan')).toBeInTheDocument();
    expect(screen.getByTestId('cancel-subscription')).toBeInTheDocument();
    expect(screen.queryByTestId('resume-subscription')).toBeNull();
    unmount();

    const ending = renderPanel(subscription({ cancel_at_period_end: true }));
    expect(screen.getByText(/prendra fin le 1 déc\. 2026/)).toBeInTheDocument();
    expect(screen.queryByTestId('change-plan')).toBeNull();
    expect(screen.queryByTestId('cancel-subscription')).toBeNull();
    await userEvent.click(screen.getByTestId('resume-subscription'));
    expect(ending).toHaveBeenCalledWith({ cancel_at_period_end: false }, expect.any(Function));
  });

  it('changes plan only after the confirmation, naming a downgrade for what it is', async () => {
    const onChange = renderPanel(subscription());
    await userEvent.click(screen.getByTestId('change-plan'));
    await userEvent.click(screen.getByRole('radio', { name: /Basic/ }));
    expect(screen.getByText(/certains cours ne seront plus inclus/)).toBeInTheDocument();
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('change-plan-confirm'));
    expect(onChange).toHaveBeenCalledWith({ plan: 'basic' }, expect.any(Function));
  });

  it('a paused subscription offers no action but says why', () => {
    renderPanel(subscription({ status: 'paused' }));
    expect(screen.getByTestId('subscription-status')).toHaveTextContent('Suspendu');
    expect(screen.getByText(/suspendu, en général/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });
});
