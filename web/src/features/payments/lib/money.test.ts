import { describe, expect, it } from 'vitest';
import { formatterFor } from '@/lib/format';
import { fromMinor, minorToInput, parseMajorToMinor } from './money';

describe('money', () => {
  it('fromMinor turns cents into euros, which the shared price formatter writes right', () => {
    expect(fromMinor(1250)).toBe(12.5);
    expect(fromMinor(4900)).toBe(49);
    expect(formatterFor('fr').price(fromMinor(1250), 'EUR')).toBe('12,50\u00a0€');
    expect(formatterFor('en').price(fromMinor(4900), 'EUR')).toBe('€49');
  });

  it('parseMajorToMinor reads euros typed either way into cents, and refuses anything else', () => {
    const accepted: [string, number][] = [['12,50', 1250], ['12.50', 1250], ['12,5', 1250], ['12', 1200], [' 1 250,99 ', 125099], ['12\u00a0€', 1200], ['0,01', 1]];
    for (const [text, minor] of accepted) expect(parseMajorToMinor(text), text).toEqual({ minor });
    for (const text of ['', 'abc', '12,345', '-3', '12,50,1', '1.234,56', '12e2', '€']) expect(parseMajorToMinor(text), text).toEqual({ error: 'invalid' });
    expect(minorToInput(1250, 'fr')).toBe('12,50');
    expect(minorToInput(1250, 'en')).toBe('12.50');
  });
});
