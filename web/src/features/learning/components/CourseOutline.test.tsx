import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { modules } from '../test/fixtures';
import { CourseOutline } from './CourseOutline';

describe('CourseOutline', () => {
  it('lists modules and lessons in order, ticks completed ones in words, marks the current one', () => {
    renderWithProviders(<CourseOutline courseId="c1" modules={modules} completed={new Set(['l1'])} currentLessonId="l2" headingId="h" />);
    const entries = screen.getAllByTestId('outline-lesson');
    expect(entries.map((entry) => entry.querySelector('.outline-lesson-title')?.textContent)).toEqual(['Why Python?', 'Variables', 'Quiz: basics', 'Loops', 'Functions']);
    expect(entries[0]).toHaveAccessibleName(/Why Python\?.*Terminée/);
    expect(entries[1]).toHaveAttribute('aria-current', 'page');
    expect(entries[1]).toHaveAttribute('href', '/courses/c1/learn/l2');
    expect(screen.getByText('1 sur 3 terminées')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Getting started', 'Control flow']);
  });
});
