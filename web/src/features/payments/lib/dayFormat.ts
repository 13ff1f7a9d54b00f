import { localeOf } from '@/lib/i18n/i18n';

/**
 * Calendar days ("2026-11-29") as the language writes them, read and written in UTC so that a day never shows as
 * the one before west of Greenwich.
 */
export function dayFormatter(language: string, style: 'short' | 'medium' = 'medium') {
  const format = new Intl.DateTimeFormat(localeOf(language), style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' });
  return (day: string) => format.format(new Date(`${day}T00:00:00Z`));
}
