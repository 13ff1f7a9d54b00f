import type { RevenueDay } from '../api/types';

/** The day that brought in the most (net), for the chart's sentence; null when nothing came in. */
export function bestDay(days: RevenueDay[]): RevenueDay | null {
  let best: RevenueDay | null = null;
  for (const day of days) if (day.net > 0 && (!best || day.net > best.net)) best = day;
  return best;
}

/** Days that brought in or gave back anything (the table leaves the empty days out; the sentence says so). */
export function activeDays(days: RevenueDay[]): RevenueDay[] {
  return days.filter((day) => day.gross !== 0 || day.refunded !== 0);
}
