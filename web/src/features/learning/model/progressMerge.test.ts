import { describe, expect, it } from 'vitest';
import { enrollment } from '../test/fixtures';
import { mergeEnrollment, mergeLessonEntry } from './progressMerge';

describe('progress merge', () => {
  it('never takes back a completion when an older answer arrives late', () => {
    const completed = { lesson_id: 'l1', status: 'completed', time_spent_seconds: 90, position_seconds: 40, quiz_best_score: null, completed_at: '2026-01-01T10:00:00Z' };
    const late = { lesson_id: 'l1', status: 'started', time_spent_seconds: 60, position_seconds: 42, quiz_best_score: null, completed_at: null };
    expect(mergeLessonEntry(completed, late)).toEqual({ ...late, status: 'completed', completed_at: completed.completed_at, time_spent_seconds: 90 });
  });

  it('keeps the enrollment with more completed lessons', () => {
    const ahead = enrollment({ completed_lessons: 4 });
    expect(mergeEnrollment(ahead, enrollment({ completed_lessons: 3 }))).toBe(ahead);
    const newer = enrollment({ completed_lessons: 5 });
    expect(mergeEnrollment(ahead, newer)).toBe(newer);
  });
});
