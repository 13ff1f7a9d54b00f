import { isLanguage, type Language } from '@/lib/i18n/i18n';

/** The language the AI service should answer in: the interface's (the service knows French and English). */
export function serviceLanguage(interfaceLanguage: string): Language {
  return isLanguage(interfaceLanguage) ? interfaceLanguage : 'fr';
}
