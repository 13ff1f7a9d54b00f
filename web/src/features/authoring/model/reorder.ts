import type { LessonOutline, ModuleOutline } from './types';

/**
 * The outline editor's ordering, as pure functions: drag and drop, the move buttons and the optimistic update of the
 * cached course all compute the new order here, and the service receives the complete list of ids it expects
 * (module_order, lesson_order) so a reorder is one atomic request.
 */

/** A copy of `items` with the item at `from` moved to `to` (indexes outside the list: an unchanged copy). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  if (from === to || from < 0 || to < 0 || from >= items.length || to >= items.length) return next;
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** Drag and drop: `activeId` takes the place of `overId`. Null when nothing changes. */
export function moveById(ids: readonly string[], activeId: string, overId: string): string[] | null {
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (from < 0 || to < 0 || from === to) return null;
  return moveItem(ids, from, to);
}

/** The "move up" (-1) and "move down" (+1) buttons. Null at either end, or for an unknown id. */
export function moveByStep(ids: readonly string[], id: string, step: -1 | 1): string[] | null {
  const from = ids.indexOf(id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= ids.length) return null;
  return moveItem(ids, from, to);
}

export function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position);
}

export function moduleIds(course: { modules: ModuleOutline[] }): string[] {
  return byPosition(course.modules).map((module) => module.id);
}

export function lessonIds(module: ModuleOutline): string[] {
  return byPosition(module.lessons).map((lesson) => lesson.id);
}

/** Items in the order of `order`, renumbered 0..n-1 (ids not in `order` keep their relative order at the end). */
function arrange<T extends { id: string; position: number }>(items: readonly T[], order: readonly string[]): T[] {
  const rank = (item: T) => {
    const index = order.indexOf(item.id);
    return index < 0 ? order.length + item.position : index;
  };
  return [...items].sort((a, b) => rank(a) - rank(b)).map((item, position) => ({ ...item, position }));
}

/** The course as it will be once the service applied `module_order`: shown at once while the request runs. */
export function withModuleOrder<C extends { modules: ModuleOutline[] }>(course: C, order: readonly string[]): C {
  return { ...course, modules: arrange(course.modules, order) };
}

/** The course as it will be once the service applied a module's `lesson_order`. */
export function withLessonOrder<C extends { modules: ModuleOutline[] }>(course: C, moduleId: string, order: readonly string[]): C {
  return {
    ...course,
    modules: course.modules.map((module) => (module.id === moduleId ? { ...module, lessons: arrange(module.lessons, order) } : module)),
  };
}

/**
 * The course once a lesson moved to another module (LessonWrite.module_id), at `position` in it or last, as the
 * service does it: both modules renumbered.
 */
export function withLessonMoved<C extends { modules: ModuleOutline[] }>(course: C, lessonId: string, targetModuleId: string, position?: number): C {
  const lesson = course.modules.flatMap((module) => module.lessons).find((candidate) => candidate.id === lessonId);
  if (!lesson || !course.modules.some((module) => module.id === targetModuleId)) return course;
  return {
    ...course,
    modules: course.modules.map((module) => {
      const others: LessonOutline[] = byPosition(module.lessons).filter((candidate) => candidate.id !== lessonId);
      if (module.id === targetModuleId) others.splice(Math.min(position ?? others.length, others.length), 0, lesson);
      return { ...module, lessons: others.map((item, index) => ({ ...item, position: index })) };
    }),
  };
}
