import { describe, expect, it } from 'vitest';
import { formatterFor } from './format';

// Intl uses narrow no-break spaces in French; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('formatterFor', () => {
  it('writes prices, numbers and dates the French way by default', () => {
    const format = formatterFor('fr');
    expect(plain(format.price(49.9, 'EUR'))).toBe('49,90 €');
    expect(plain(format.price(20, 'EUR'))).toBe('20 €');
    expect(plain(format.number(1234.5, 1))).toBe('1 234,5');
    expect(format.date('2026-03-05T10:00:00Z')).toBe('5 mars 2026');
  });

  it('and the English way in English', () => {
    const format = formatterFor('en');
    expect(format.price(49.9, 'USD')).toBe('US$49.90');
    expect(format.number(1234.5, 1)).toBe('1,234.5');
    expect(format.date('2026-03-05T10:00:00Z')).toBe('5 Mar 2026');
  });

  it('writes durations in hours and minutes', () => {
    expect(plain(formatterFor('fr').hours(2.5))).toBe('2 h 30 min');
    expect(plain(formatterFor('en').hours(0.25))).toBe('15 mins');
  });
});
