import { useTranslation } from 'react-i18next';
import { localeOf } from '@/lib/i18n/i18n';

/** Dates, numbers, prices and durations written the way the current language writes them. */
export function useFormat() {
  const { i18n } = useTranslation();
  return formatterFor(i18n.language);
}

export function formatterFor(language: string) {
  const locale = localeOf(language);
  return {
    number: (value: number, digits = 0) =>
      new Intl.NumberFormat(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value),
    percent: (value: number) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(value / 100),
    /** Prices are in major units with their ISO currency (the courses service's PriceView). */
    price: (amount: number, currency: string) =>
      new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: amount % 1 === 0 ? 0 : 2 }).format(amount),
    date: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso)),
    dateTime: (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)),
    relative: (iso: string, now = Date.now()) => relativeTime(locale, new Date(iso).getTime() - now),
    /** Hours as "2 h 30 min" / "2 h 30 min"; minutes alone under an hour. */
    hours: (hours: number) => durationOf(locale, Math.round(hours * 60)),
    seconds: (seconds: number) => durationOf(locale, Math.max(1, Math.round(seconds / 60))),
  };
}

function durationOf(locale: string, totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  const unit = (value: number, name: 'hour' | 'minute') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);
  if (hours === 0) return unit(minutes, 'minute');
  return minutes === 0 ? unit(hours, 'hour') : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}

function relativeTime(locale: string, deltaMs: number): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const seconds = Math.round(deltaMs / 1000);
  const steps: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of steps) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}
