import type { LessonOutline, LessonProgressEntry, ModuleOutline } from '../types';

/** A lesson in reading order, with the module it belongs to. */
export type OrderedLesson = LessonOutline & { moduleId: string; moduleTitle: string };

/** Modules by position, then their lessons by position: the order a learner follows (and prev/next walk). */
export function sortedModules(modules: ModuleOutline[]): ModuleOutline[] {
  return [...modules]
    .sort((a, b) => a.position - b.position)
    .map((module) => ({ ...module, lessons: [...module.lessons].sort((a, b) => a.position - b.position) }));
}

export function orderedLessons(modules: ModuleOutline[]): OrderedLesson[] {
  return sortedModules(modules).flatMap((module) =>
    module.lessons.map((lesson) => ({ ...lesson, moduleId: module.id, moduleTitle: module.title })),
  );
}

/** The lessons before and after this one in the course, across modules; null at either end (or when unknown). */
export function neighboursOf(lessons: OrderedLesson[], lessonId: string): { previous: OrderedLesson | null; next: OrderedLesson | null } {
  const index = lessons.findIndex((lesson) => lesson.id === lessonId);
  if (index < 0) return { previous: null, next: null };
  return { previous: lessons[index - 1] ?? null, next: lessons[index + 1] ?? null };
}

/** Ids of the lessons the learner has completed, from the enrollment's lesson progress. */
export function completedLessonIds(entries: LessonProgressEntry[] | undefined): Set<string> {
  return new Set((entries ?? []).filter((entry) => entry.completed_at !== null || entry.status === 'completed').map((entry) => entry.lesson_id));
}

/** The first lesson not completed yet, in reading order (where "what's left" sends the learner). */
export function firstUnfinished(lessons: OrderedLesson[], completed: Set<string>): OrderedLesson | null {
  return lessons.find((lesson) => !completed.has(lesson.id)) ?? null;
}
