import { describe, expect, it } from 'vitest';
import { moveById, moveByStep, moveItem, withLessonMoved, withLessonOrder, withModuleOrder, lessonIds, moduleIds } from './reorder';
import type { ModuleOutline } from './types';

const lesson = (id: string, position: number) => ({ id, title: id, type: 'text', position, duration_seconds: 60, is_preview: false });
const module = (id: string, position: number, lessons: string[]): ModuleOutline => ({
  id, title: id, description: '', position, lessons: lessons.map((lessonId, index) => lesson(lessonId, index)),
});
const course = { modules: [module('m2', 1, ['c']), module('m1', 0, ['a', 'b'])] };

describe('reorder', () => {
  it('moves an item forwards and backwards without touching the input', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(moveItem(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(ids, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
    expect(moveItem(ids, 1, 9)).toEqual(ids);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops the dragged id in the place of the one it is over, or says nothing changed', () => {
    expect(moveById(['a', 'b', 'c'], 'c', 'a')).toEqual(['c', 'a', 'b']);
    expect(moveById(['a', 'b', 'c'], 'a', 'a')).toBeNull();
    expect(moveById(['a', 'b', 'c'], 'x', 'a')).toBeNull();
  });

  it('moves one step up or down, and not past either end', () => {
    expect(moveByStep(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(moveByStep(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(moveByStep(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(moveByStep(['a', 'b', 'c'], 'c', 1)).toBeNull();
  });

  it('reads the outline by position and applies a module order with positions renumbered', () => {
    expect(moduleIds(course)).toEqual(['m1', 'm2']);
    const reordered = withModuleOrder(course, ['m2', 'm1']);
    expect(moduleIds(reordered)).toEqual(['m2', 'm1']);
    expect(reordered.modules.map((m) => [m.id, m.position])).toEqual([['m2', 0], ['m1', 1]]);
  });

  it('applies a lesson order inside one module only', () => {
    const reordered = withLessonOrder(course, 'm1', ['b', 'a']);
    expect(lessonIds(reordered.modules.find((m) => m.id === 'm1')!)).toEqual(['b', 'a']);
    expect(lessonIds(reordered.modules.find((m) => m.id === 'm2')!)).toEqual(['c']);
  });

  it('moves a lesson to another module at a position, renumbering both', () => {
    const moved = withLessonMoved(course, 'a', 'm2', 0);
    const m1 = moved.modules.find((m) => m.id === 'm1')!;
    const m2 = moved.modules.find((m) => m.id === 'm2')!;
    expect(m1.lessons.map((l) => [l.id, l.position])).toEqual([['b', 0]]);
    expect(m2.lessons.map((l) => [l.id, l.position])).toEqual([['a', 0], ['c', 1]]);
    expect(withLessonMoved(course, 'a', 'nowhere')).toBe(course);
  });
});
