/**
 * The payments service counts in minor units (cents, integers); people read and type major units (euros). The two
 * meet only here: fromMinor for display, parseMajorToMinor for what an admin types.
 */
export function fromMinor(amount: number): number {
  return amount / 100;
}

export type ParsedAmount = { minor: number } | { error: 'invalid' };

/**
 * "12,50", "12.50", "12,5", "1 250" or "12 €" → minor units, computed from the digits (no floating point);
 * anything else (letters, a minus sign, three decimals, an empty string) → an error.
 */
export function parseMajorToMinor(text: string): ParsedAmount {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return { error: 'invalid' };
  const whole = Number(match[1]);
  const cents = Number((match[2] ?? '').padEnd(2, '0'));
  return { minor: whole * 100 + cents };
}

/** Minor units as a person types them back in an amount field ("12,50" in French, "12.50" in English). */
export function minorToInput(amount: number, language: string): string {
  const text = (amount / 100).toFixed(2);
  return language.startsWith('fr') ? text.replace('.', ',') : text;
}
