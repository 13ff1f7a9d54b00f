import { describe, expect, it } from 'vitest';
import { en, fr } from './locales';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('ai locales', () => {
  it('have the same keys in French and English, none empty, French written with its typography', () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
    for (const language of [fr, en]) {
      for (const key of keys(language)) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], language);
        expect(typeof text === 'string' && text.trim().length > 0, `${key} is empty`).toBe(true);
      }
    }
    // No plain space before : ; ? ! » nor after «, no straight apostrophe.
    for (const key of keys(fr)) {
      const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], fr) as string;
      expect(text, key).not.toMatch(/ [:;?!»]|« |'/);
    }
  });
});
