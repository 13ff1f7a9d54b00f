import { describe, expect, it } from 'vitest';
import { draft, shortAnswer, singleChoice, trueFalse } from '../test/fixtures';
import { isReadOnly, lessonDrafts, parsePassingScore, parseQuestionCount, reviewCounts, saveBody } from './quizReview';

describe('quiz review', () => {
  it('counts the questions by status and knows a saved or discarded draft is read-only', () => {
    expect(reviewCounts([singleChoice, shortAnswer, trueFalse, { ...singleChoice, id: 'q4', status: 'approved' }])).toEqual({ approved: 2, rejected: 1, pending: 1 });
    expect(isReadOnly({ status: 'draft' })).toBe(false);
    expect(isReadOnly({ status: 'saved' })).toBe(true);
    expect(isReadOnly({ status: 'discarded' })).toBe(true);
  });

  it('reads the passing score and the question count within the service’s limits, and builds the save body', () => {
    expect(parsePassingScore('70')).toBe(70);
    expect(parsePassingScore('0')).toBe(0);
    expect(parsePassingScore('101')).toBeNull();
    expect(parsePassingScore('7.5')).toBeNull();
    expect(parsePassingScore('')).toBeNull();
    expect(parseQuestionCount('20')).toBe(20);
    expect(parseQuestionCount('0')).toBeNull();
    expect(parseQuestionCount('21')).toBeNull();
    expect(saveBody(80, '  ')).toEqual({ passing_score: 80 });
    expect(saveBody(80, ' Quiz TCD ')).toEqual({ passing_score: 80, title: 'Quiz TCD' });
  });

  it('lists a lesson’s open and saved drafts, latest first', () => {
    const drafts = [
      draft([], { id: 'old', created_at: '2026-11-01T10:00:00Z' }),
      draft([], { id: 'other-lesson', lesson_id: 'l2' }),
      draft([], { id: 'gone', status: 'discarded' }),
      draft([], { id: 'saved', status: 'saved', created_at: '2026-11-20T10:00:00Z' }),
    ];
    expect(lessonDrafts(drafts, 'l1').map((item) => item.id)).toEqual(['saved', 'old']);
  });
});
