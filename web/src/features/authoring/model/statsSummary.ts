import type { CourseStats } from './types';

type Daily = CourseStats['enrollments_over_time'];
type Funnel = CourseStats['drop_off'];

/** The enrollments chart in figures: total over the period and its busiest day (the first one on a tie). */
export function enrollmentSummary(days: Daily): { total: number; max: number; maxDate: string | null } {
  let total = 0;
  let max = 0;
  let maxDate: string | null = null;
  for (const day of days) {
    total += day.count;
    if (day.count > max) {
      max = day.count;
      maxDate = day.date;
    }
  }
  return { total, max, maxDate };
}

/** "2.3": the lesson's place in the course (module 2, lesson 3), short enough for a chart's axis. */
export function lessonNumber(lesson: Pick<Funnel[number], 'module_position' | 'position'>): string {
  return `${lesson.module_position + 1}.${lesson.position + 1}`;
}

/** The most and least completed lessons, for the funnel's text alternative. Null without lessons. */
export function funnelExtremes(funnel: Funnel): { best: Funnel[number]; worst: Funnel[number] } | null {
  const [first] = funnel;
  if (!first) return null;
  let best = first;
  let worst = first;
  for (const lesson of funnel) {
    if (lesson.completed_share > best.completed_share) best = lesson;
    if (lesson.completed_share < worst.completed_share) worst = lesson;
  }
  return { best, worst };
}
