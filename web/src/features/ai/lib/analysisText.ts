import { localeOf } from '@/lib/i18n/i18n';
import type { formatterFor } from '@/lib/format';
import type { CourseAnalysis, LearnerAtRisk, RiskReason, WeekActivity } from '../types';

/**
 * The analysis in words: pace, estimated end, scores, the reasons a learner needs support, the weekly chart's
 * sentence. Pure (given `t` and the formatter), so the wording is tested without rendering.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;
export type Formatter = ReturnType<typeof formatterFor>;

/**
 * A calendar day ("2026-12-14", the service's dates) as the language writes it. Read and written in UTC, so the day
 * never shows as the one before in a time zone west of Greenwich.
 */
export function formatDay(language: string, day: string, style: 'short' | 'medium' = 'medium'): string {
  const options: Intl.DateTimeFormatOptions = style === 'short' ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { dateStyle: 'medium', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(localeOf(language), options).format(new Date(`${day.slice(0, 10)}T00:00:00Z`));
}

/** "≈ 2,5 leçons par semaine"; none yet when nothing was completed. */
export function paceText(t: Translate, format: Formatter, lessonsPerWeek: number): string {
  if (lessonsPerWeek <= 0) return t('analysis.pace.none');
  return t('analysis.pace.value', { count: lessonsPerWeek, pace: format.number(lessonsPerWeek, 1) });
}

/** When the course ends: done (when), estimated from the pace, or not yet known. */
export function completionText(t: Translate, language: string, course: Pick<CourseAnalysis, 'completed_at' | 'estimated_completion' | 'completed_lessons' | 'total_lessons'>): string {
  if (course.completed_at) return t('analysis.completion.done', { date: formatDay(language, course.completed_at) });
  if (course.estimated_completion) return t('analysis.completion.estimated', { date: formatDay(language, course.estimated_completion) });
  if (course.total_lessons > 0 && course.completed_lessons >= course.total_lessons) return t('analysis.completion.allLessons');
  return t('analysis.completion.unknown');
}

/** A score out of 100 ("72 %"), or the words for none. */
export function scoreText(t: Translate, format: Formatter, score: number | null | undefined): string {
  return score === null || score === undefined ? t('analysis.noScore') : format.percent(score);
}

/** Why a learner needs support, in words that carry the figure (never a colour alone). */
export function reasonText(t: Translate, format: Formatter, learner: Pick<LearnerAtRisk, 'days_inactive' | 'average_quiz_score'>, reason: RiskReason): string {
  switch (reason) {
    case 'inactive':
      return t('atRisk.reasons.inactive', { count: learner.days_inactive });
    case 'low_scores':
      return learner.average_quiz_score === null || learner.average_quiz_score === undefined
        ? t('atRisk.reasons.lowScoresNoAverage')
        : t('atRisk.reasons.lowScores', { average: format.percent(learner.average_quiz_score) });
    case 'repeated_failures':
      return t('atRisk.reasons.repeatedFailures');
  }
}

/** "Inactif depuis 3 jours", or active today. */
export function inactivityText(t: Translate, days: number): string {
  return days <= 0 ? t('atRisk.activeToday') : t('atRisk.inactiveFor', { count: days });
}

/** The weekly chart in one sentence: totals over the period and the busiest week, or that nothing happened. */
export function weeklySummary(t: Translate, format: Formatter, language: string, weeks: WeekActivity[]): string {
  const lessons = weeks.reduce((sum, week) => sum + week.lessons_completed, 0);
  const attempts = weeks.reduce((sum, week) => sum + week.quiz_attempts, 0);
  if (lessons + attempts === 0) return t('analysis.weekly.none', { weeks: weeks.length });
  const busiest = weeks.reduce((best, week) =>
    week.lessons_completed + week.quiz_attempts > best.lessons_completed + best.quiz_attempts ? week : best,
  );
  return t('analysis.weekly.summary', {
    weeks: weeks.length,
    lessons: t('analysis.weekly.lessons', { count: lessons, value: format.number(lessons) }),
    attempts: t('analysis.weekly.attempts', { count: attempts, value: format.number(attempts) }),
    week: formatDay(language, busiest.week_start),
  });
}
