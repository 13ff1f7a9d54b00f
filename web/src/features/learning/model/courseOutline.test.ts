import { describe, expect, it } from 'vitest';
import { modules } from '../test/fixtures';
import { completedLessonIds, firstUnfinished, neighboursOf, orderedLessons } from './courseOutline';

describe('course outline', () => {
  const lessons = orderedLessons(modules);

  it('orders lessons by module position, then lesson position', () => {
    expect(lessons.map((lesson) => lesson.id)).toEqual(['l1', 'l2', 'l3', 'l4', 'l5']);
    expect(lessons[3]?.moduleTitle).toBe('Control flow');
  });

  it('finds previous and next across modules, none at the ends', () => {
    expect(neighboursOf(lessons, 'l3')).toMatchObject({ previous: { id: 'l2' }, next: { id: 'l4' } });
    expect(neighboursOf(lessons, 'l1').previous).toBeNull();
    expect(neighboursOf(lessons, 'l5').next).toBeNull();
    expect(neighboursOf(lessons, 'unknown')).toEqual({ previous: null, next: null });
  });

  it('counts only completed lessons and points at the first one left', () => {
    const completed = completedLessonIds([
      { lesson_id: 'l1', status: 'completed', time_spent_seconds: 60, position_seconds: null, quiz_best_score: null, completed_at: '2026-01-01T00:00:00Z' },
      { lesson_id: 'l2', status: 'started', time_spent_seconds: 30, position_seconds: null, quiz_best_score: null, completed_at: null },
    ]);
    expect([...completed]).toEqual(['l1']);
    expect(firstUnfinished(lessons, completed)?.id).toBe('l2');
    expect(firstUnfinished(lessons, new Set(lessons.map((lesson) => lesson.id)))).toBeNull();
  });
});
