import type { EnrollmentDetail, EnrollmentView, LessonProgressEntry, LessonView } from '../types';

/**
 * Folding a progress answer into what is cached. Answers can arrive out of order (a periodic time report sent just
 * before "mark as complete" may come back after it): progress only grows on the server, so an older answer never
 * takes back a completion or a completed count already shown.
 */
export function mergeEnrollment(current: EnrollmentView | undefined, incoming: EnrollmentView): EnrollmentView {
  if (current && current.completed_lessons > incoming.completed_lessons) return current;
  return incoming;
}

export function mergeLessonEntry(current: LessonProgressEntry | undefined, incoming: LessonProgressEntry): LessonProgressEntry {
  if (!current) return incoming;
  const completedAt = current.completed_at ?? incoming.completed_at;
  return {
    ...incoming,
    status: completedAt ? 'completed' : incoming.status,
    completed_at: completedAt,
    time_spent_seconds: Math.max(current.time_spent_seconds, incoming.time_spent_seconds),
    quiz_best_score: maxOrNull(current.quiz_best_score, incoming.quiz_best_score),
  };
}

export function mergeIntoDetail(detail: EnrollmentDetail, entry: LessonProgressEntry | null, enrollment: EnrollmentView): EnrollmentDetail {
  const lessons = entry ? upsert(detail.lessons, entry) : detail.lessons;
  return { ...detail, enrollment: mergeEnrollment(detail.enrollment, enrollment), lessons };
}

export function mergeIntoList(list: EnrollmentView[], enrollment: EnrollmentView): EnrollmentView[] {
  return list.map((item) => (item.id === enrollment.id ? mergeEnrollment(item, enrollment) : item));
}

/** The lesson's own progress (shown with the lesson), from the enrollment's entry for it. */
export function mergeIntoLesson(lesson: LessonView, entry: LessonProgressEntry): LessonView {
  const merged = mergeLessonEntry(
    lesson.progress ? { lesson_id: lesson.id, ...lesson.progress } : undefined,
    entry,
  );
  const { lesson_id: _lessonId, ...progress } = merged;
  return { ...lesson, progress };
}

function upsert(entries: LessonProgressEntry[], entry: LessonProgressEntry): LessonProgressEntry[] {
  const index = entries.findIndex((item) => item.lesson_id === entry.lesson_id);
  if (index < 0) return [...entries, entry];
  return entries.map((item, position) => (position === index ? mergeLessonEntry(item, entry) : item));
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}
