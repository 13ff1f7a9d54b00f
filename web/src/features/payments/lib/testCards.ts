/** Stripe's test cards, which the sandbox honours the same way: one accepted, one declined. */
export const TEST_CARDS = {
  accepted: '4242 4242 4242 4242',
  declined: '4000 0000 0000 0002',
} as const;

export type CardCheck = { digits: string } | { error: 'invalid' };

/** What the person typed ("4242-4242 4242 4242") as the digits sent to the sandbox, or why it cannot be a card. */
export function normalizeCardNumber(input: string): CardCheck {
  if (!/^[\d\s-]*$/.test(input)) return { error: 'invalid' };
  const digits = input.replace(/\D/g, '');
  return digits.length >= 12 && digits.length <= 19 ? { digits } : { error: 'invalid' };
}
