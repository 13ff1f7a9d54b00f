import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { orderedLessons } from '../model/courseOutline';
import { modules } from '../test/fixtures';
import { LessonNavigation } from './LessonNavigation';
import { LessonAccessProblem } from './LessonAccessProblem';
import { ApiProblem } from '@/lib/api/problem';

const lessons = orderedLessons(modules);

describe('LessonNavigation', () => {
  it('links the previous and next lessons', () => {
    renderWithProviders(
      <LessonNavigation courseId="c1" previous={lessons[0] ?? null} next={lessons[2] ?? null} courseCompleted={false} remaining={3} firstUnfinished={null} currentLessonId="l2" />,
    );
    expect(screen.getByTestId('previous-lesson')).toHaveAttribute('href', '/courses/c1/learn/l1');
    expect(screen.getByTestId('next-lesson')).toHaveAttribute('href', '/courses/c1/learn/l3');
  });

  it('on the last lesson, leads to the completion screen once the course is complete, or to what is left', () => {
    const { unmount } = renderWithProviders(
      <LessonNavigation courseId="c1" previous={lessons[3] ?? null} next={null} courseCompleted remaining={0} firstUnfinished={null} currentLessonId="l2" />,
    );
    expect(screen.queryByTestId('next-lesson')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Terminer le cours' })).toHaveAttribute('href', '/courses/c1/complete');
    unmount();

    renderWithProviders(
      <LessonNavigation courseId="c1" previous={lessons[3] ?? null} next={null} courseCompleted={false} remaining={2} firstUnfinished={lessons[1] ?? null} currentLessonId="l5" />,
    );
    expect(screen.getByText(/Il vous reste 2 leçons/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Aller à «\s?Variables\s?»/ })).toHaveAttribute('href', '/courses/c1/learn/l2');
  });
});

describe('LessonAccessProblem', () => {
  it('sends a learner who is not enrolled to the course page', () => {
    renderWithProviders(<LessonAccessProblem error={new ApiProblem(403, { title: 'Not enrolled' })} courseId="c1" onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Leçon réservée aux inscrits' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Voir la page du cours' })).toHaveAttribute('href', '/courses/c1');
  });
});
