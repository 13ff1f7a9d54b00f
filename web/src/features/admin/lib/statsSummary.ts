import type { CoursesSchemas } from '@/lib/api/types';

export type DailyCount = CoursesSchemas['DailyCount'];

/** What the enrollments chart shows, in numbers a sentence can carry (its text alternative). */
export function summarizeDays(days: DailyCount[]): { total: number; lastWeek: number; peak: DailyCount | null; from: string | null; to: string | null } {
  const total = days.reduce((sum, day) => sum + day.count, 0);
  const lastWeek = days.slice(-7).reduce((sum, day) => sum + day.count, 0);
  const peak = days.reduce<DailyCount | null>((best, day) => (day.count > 0 && (!best || day.count > best.count) ? day : best), null);
  return { total, lastWeek, peak, from: days[0]?.date ?? null, to: days.at(-1)?.date ?? null };
}

/** Days grouped by week (Monday of each), so the table alternative has 13 rows rather than 90. */
export function weeklyTotals(days: DailyCount[]): DailyCount[] {
  const weeks = new Map<string, number>();
  for (const day of days) {
    const date = new Date(`${day.date}T00:00:00Z`);
    const monday = new Date(date);
    monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    const key = monday.toISOString().slice(0, 10);
    weeks.set(key, (weeks.get(key) ?? 0) + day.count);
  }
  return [...weeks.entries()].map(([date, count]) => ({ date, count }));
}

/** Courses by status, in a stable order (published first) with any status the service adds later at the end. */
export function orderedStatuses(byStatus: Record<string, number>): [string, number][] {
  const known = ['published', 'draft', 'archived'];
  return Object.entries(byStatus).sort(([a], [b]) => rank(a, known) - rank(b, known) || a.localeCompare(b));
}

function rank(status: string, known: string[]): number {
  const index = known.indexOf(status);
  return index === -1 ? known.length : index;
}
