import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'har.language';

/** French first (the product's language); a choice made in this browser wins, then the profile's once signed in. */
export function initialLanguage(): Language {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'fr' || stored === 'en') return stored;
  } catch {
    // Storage disabled: French.
  }
  return 'fr';
}

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

export async function setupI18n(resources: Resource, language: Language = initialLanguage()): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'fr',
    supportedLngs: [...languages],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(language);
  i18next.on('languageChanged', (lng) => applyToDocument(lng));
  return i18next;
}

/** Switches the language now and remembers it in this browser. */
export async function changeLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; still switched.
  }
  await i18next.changeLanguage(language);
}

function applyToDocument(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** BCP 47 locale for Intl: dates, numbers and prices as each language writes them. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'fr-FR';
}
