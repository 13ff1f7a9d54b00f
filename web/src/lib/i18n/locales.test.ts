import { describe, expect, it } from 'vitest';
import { namespaces } from '@/app/i18nResources';

/** Every key path of a locale object ("nav.catalog", "errors.404"), plural suffixes included. */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function text(locale: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
}

describe('locales', () => {
  it.each(Object.entries(namespaces))('%s has the same keys in French and English, none empty', (_, locale) => {
    expect(keys(locale.en).sort()).toEqual(keys(locale.fr).sort());
    for (const language of [locale.fr, locale.en]) {
      for (const key of keys(language)) {
        const value = text(language, key);
        expect(typeof value === 'string' && value.trim().length > 0, `${key} is empty`).toBe(true);
      }
    }
  });

  it.each(Object.entries(namespaces))('%s writes French with its typography', (_, locale) => {
    // No plain space before : ; ? ! » nor after « (a non-breaking one keeps them on the line), no straight apostrophe.
    for (const key of keys(locale.fr)) {
      expect(text(locale.fr, key), key).not.toMatch(/ [:;?!»]|« |'/);
    }
  });
});
