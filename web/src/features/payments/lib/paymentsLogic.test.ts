import { describe, expect, it } from 'vitest';
import type { Plan, Subscription } from '../api/types';
import { inAppPath } from './appPath';
import { checkoutStatus, isWaiting } from './checkoutStatus';
import { subscriptionCovers } from './coverage';
import { lastDays, rangeFromParams } from './days';
import { invoiceFileName, lockedInvoiceHtml } from './invoiceDocument';
import { checkRefund } from './refundForm';
import { planChange, subscriptionActions } from './subscriptionActions';
import { normalizeCardNumber, TEST_CARDS } from './testCards';
import { filtersFromParams, paramsFromFilters, transactionsPath } from './transactionFilters';

describe('payments logic', () => {
  it('test cards: digits only are sent, whatever spaces or dashes were typed; anything else is refused', () => {
    expect(normalizeCardNumber(TEST_CARDS.accepted)).toEqual({ digits: '4242424242424242' });
    expect(normalizeCardNumber(' 4000-0000 0000-0002 ')).toEqual({ digits: '4000000000000002' });
    for (const input of ['', '4242', '4242 abcd 4242 4242', '4242.4242.4242.4242', '4'.repeat(20)]) expect(normalizeCardNumber(input), input).toEqual({ error: 'invalid' });
  });

  it('inAppPath keeps the path and query of the service’s addresses and never leads out of the app', () => {
    expect(inAppPath('http://localhost:5173/checkout/sandbox/cs_123')).toBe('/checkout/sandbox/cs_123');
    expect(inAppPath('https://har.academy/checkout/success?transaction_id=t1')).toBe('/checkout/success?transaction_id=t1');
    expect(inAppPath('javascript:alert(1)')).toBe('/');
    expect(inAppPath('//evil.example/steal')).toBe('/steal');
  });

  it('subscription actions: which buttons each state offers', () => {
    const cases: [Subscription['status'], boolean, ReturnType<typeof subscriptionActions>][] = [
      ['active', false, { changePlan: true, cancel: true, resume: false, subscribe: false }],
      ['active', true, { changePlan: false, cancel: false, resume: true, subscribe: false }],
      ['paused', false, { changePlan: false, cancel: false, resume: false, subscribe: false }],
      ['cancelled', false, { changePlan: false, cancel: false, resume: false, subscribe: true }],
      ['expired', true, { changePlan: false, cancel: false, resume: false, subscribe: true }],
    ];
    for (const [status, cancelling, expected] of cases) {
      expect(subscriptionActions({ status, cancel_at_period_end: cancelling }), `${status} ${cancelling}`).toEqual(expected);
    }
  });

  it('what a subscription covers, and which plan changes are upgrades', () => {
    const active = (plan: Subscription['plan'], status: Subscription['status'] = 'active') => ({ plan, status });
    expect(subscriptionCovers(active('basic'), 'beginner')).toBe(true);
    expect(subscriptionCovers(active('basic'), 'advanced')).toBe(false);
    expect(subscriptionCovers(active('pro'), 'advanced')).toBe(true);
    expect(subscriptionCovers(active('enterprise'), 'intermediate')).toBe(true);
    expect(subscriptionCovers(active('pro', 'expired'), 'beginner')).toBe(false);
    expect(subscriptionCovers(null, 'beginner')).toBe(false);
    const plans: Plan[] = [
      { plan: 'basic', amount_per_month: 900, currency: 'EUR', grants: 'beginner_courses' },
      { plan: 'pro', amount_per_month: 1900, currency: 'EUR', grants: 'all_courses' },
      { plan: 'enterprise', amount_per_month: 4900, currency: 'EUR', grants: 'all_courses' },
    ];
    expect(planChange('basic', 'pro', plans)).toBe('upgrade');
    expect(planChange('enterprise', 'basic', plans)).toBe('downgrade');
  });

  it('checkout status: "enrolled" only once the bought course is among the enrollments', () => {
    const course = { kind: 'course', course_id: 'c1' } as const;
    expect(checkoutStatus({ ...course, status: 'pending' }, ['c1'])).toBe('pending');
    expect(checkoutStatus({ ...course, status: 'completed' }, undefined)).toBe('completed');
    expect(checkoutStatus({ ...course, status: 'completed' }, ['c2'])).toBe('completed');
    expect(checkoutStatus({ ...course, status: 'completed' }, ['c2', 'c1'])).toBe('enrolled');
    expect(checkoutStatus({ ...course, status: 'failed' }, ['c1'])).toBe('failed');
    expect(checkoutStatus({ kind: 'subscription', course_id: null, status: 'completed' }, [])).toBe('completed');
    expect(isWaiting('completed', 'course')).toBe(true);
    expect(isWaiting('completed', 'subscription')).toBe(false);
    expect(isWaiting('enrolled', 'course')).toBe(false);
  });

  it('refund validation: a reason of 3 to 500 characters, an amount in euros up to what remains (all of it when empty)', () => {
    expect(checkRefund({ amount: '', reason: '  ' }, 1000)).toEqual({ ok: false, errors: { reason: 'required' } });
    expect(checkRefund({ amount: '', reason: 'ab' }, 1000)).toEqual({ ok: false, errors: { reason: 'tooShort' } });
    expect(checkRefund({ amount: '', reason: 'x'.repeat(501) }, 1000)).toEqual({ ok: false, errors: { reason: 'tooLong' } });
    expect(checkRefund({ amount: '', reason: 'Doublon' }, 4900)).toEqual({ ok: true, amount: 4900, reason: 'Doublon' });
    expect(checkRefund({ amount: '12,50', reason: ' Doublon ' }, 4900)).toEqual({ ok: true, amount: 1250, reason: 'Doublon' });
    expect(checkRefund({ amount: '49.01', reason: 'Doublon' }, 4900)).toEqual({ ok: false, errors: { amount: 'tooMuch' } });
    expect(checkRefund({ amount: '0', reason: 'Doublon' }, 4900)).toEqual({ ok: false, errors: { amount: 'positive' } });
    expect(checkRefund({ amount: 'douze', reason: '' }, 4900)).toEqual({ ok: false, errors: { amount: 'invalid', reason: 'required' } });
  });

  it('the admin search and the revenue range survive a trip through the address, bad values dropped', () => {
    const filters = filtersFromParams(new URLSearchParams('q=sarah&status=refunded&kind=bogus&from=2026-11-01&to=yesterday&page=3'));
    expect(filters).toEqual({ q: 'sarah', status: 'refunded', kind: '', from: '2026-11-01', to: '', page: 3 });
    expect(paramsFromFilters(filters).toString()).toBe('q=sarah&status=refunded&from=2026-11-01&page=3');
    expect(transactionsPath({ ...filters, page: 1 })).toBe('/api/v1/payments/transactions?q=sarah&status=refunded&from=2026-11-01&page=1&page_size=20');
    const today = new Date('2026-11-30T10:00:00Z');
    expect(lastDays(30, today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(rangeFromParams(new URLSearchParams('from=nope'), today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(rangeFromParams(new URLSearchParams('from=2026-11-20&to=2026-11-10'), today)).toEqual({ from: '2026-11-10', to: '2026-11-20' });
  });

  it('the invoice opens with scripts forbidden before anything in it, under the name the service suggests', () => {
    const locked = lockedInvoiceHtml('<!doctype html><html><head lang="fr"><title>HAR-2026-000001</title></head><body><script>alert(1)</script></body></html>');
    expect(locked.indexOf('Content-Security-Policy')).toBeLessThan(locked.indexOf('<title>'));
    expect(locked).toContain("default-src 'none'");
    expect(lockedInvoiceHtml('<p>bare</p>')).toMatch(/^<!doctype html><html><head><meta http-equiv="Content-Security-Policy"/);
    expect(invoiceFileName('attachment; filename="invoice-HAR-2026-000001.html"', 'i1')).toBe('invoice-HAR-2026-000001.html');
    expect(invoiceFileName(null, 'i1')).toBe('invoice-i1.html');
  });
});
