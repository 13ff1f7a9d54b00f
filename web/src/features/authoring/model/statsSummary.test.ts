import { describe, expect, it } from 'vitest';
import { enrollmentSummary, funnelExtremes, lessonNumber } from './statsSummary';

const lesson = (title: string, share: number, module_position = 0, position = 0) => ({
  lesson_id: title, title, type: 'text', module_position, position, started: 10, completed: share / 10, completed_share: share,
});

describe('statistics summaries', () => {
  it('totals the enrollments and finds the busiest day', () => {
    expect(enrollmentSummary([{ date: '2026-11-01', count: 2 }, { date: '2026-11-02', count: 5 }, { date: '2026-11-03', count: 5 }])).toEqual({
      total: 12, max: 5, maxDate: '2026-11-02',
    });
    expect(enrollmentSummary([{ date: '2026-11-01', count: 0 }])).toEqual({ total: 0, max: 0, maxDate: null });
  });

  it('numbers lessons by module and finds the most and least completed', () => {
    expect(lessonNumber({ module_position: 1, position: 2 })).toBe('2.3');
    const extremes = funnelExtremes([lesson('Intro', 80), lesson('TCD', 20), lesson('Macros', 50)]);
    expect(extremes?.best.title).toBe('Intro');
    expect(extremes?.worst.title).toBe('TCD');
    expect(funnelExtremes([])).toBeNull();
  });
});
