/** Calendar days as the API takes them ("2026-11-29"), in UTC like the service's own days. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function isIsoDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The last `days` days, today included: the revenue screen's default range. */
export function lastDays(days: number, today: Date = new Date()): { from: string; to: string } {
  const from = new Date(today.getTime() - (days - 1) * 86_400_000);
  return { from: isoDay(from), to: isoDay(today) };
}

/** The revenue range from the address, else the last 30 days; a range given backwards is put right. */
export function rangeFromParams(params: URLSearchParams, today: Date = new Date()): { from: string; to: string } {
  const fallback = lastDays(30, today);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = { from: isIsoDay(from) ? from : fallback.from, to: isIsoDay(to) ? to : fallback.to };
  return range.from <= range.to ? range : { from: range.to, to: range.from };
}
