import { parseMajorToMinor } from './money';

export type RefundInput = { amount: string; reason: string };
export type RefundErrors = { amount?: 'invalid' | 'positive' | 'tooMuch'; reason?: 'required' | 'tooShort' | 'tooLong' };
export type RefundCheck = { ok: true; amount: number; reason: string } | { ok: false; errors: RefundErrors };

export const REASON_MIN = 3;
export const REASON_MAX = 500;

/**
 * The refund form before anything is sent: a reason (3 to 500 characters, as the service requires) and an amount in
 * euros, at most what is left to refund; left empty, the whole remaining amount.
 */
export function checkRefund(input: RefundInput, remaining: number): RefundCheck {
  const errors: RefundErrors = {};
  let amount = remaining;
  if (input.amount.trim()) {
    const parsed = parseMajorToMinor(input.amount);
    if ('error' in parsed) errors.amount = 'invalid';
    else if (parsed.minor <= 0) errors.amount = 'positive';
    else if (parsed.minor > remaining) errors.amount = 'tooMuch';
    else amount = parsed.minor;
  }
  const reason = input.reason.trim();
  if (!reason) errors.reason = 'required';
  else if (reason.length < REASON_MIN) errors.reason = 'tooShort';
  else if (reason.length > REASON_MAX) errors.reason = 'tooLong';
  return errors.amount || errors.reason ? { ok: false, errors } : { ok: true, amount, reason };
}

/** What is left to refund of a transaction. */
export function remainingAmount(transaction: { amount: number; amount_refunded: number }): number {
  return Math.max(0, transaction.amount - transaction.amount_refunded);
}
