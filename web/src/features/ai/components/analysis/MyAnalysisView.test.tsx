import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import type { MyAnalysis } from '../../types';
import { courseAnalysis } from '../../test/fixtures';
import { MyAnalysisView } from './MyAnalysisView';

const analysis: MyAnalysis = {
  mode: 'local',
  summary: { courses: 1, completed_courses: 0, lessons_completed: 4, average_quiz_score: 62.5, active_days_last_30: 6, lessons_per_week: 2.5 },
  weekly_activity: [{ week_start: '2026-11-24', lessons_completed: 0, quiz_attempts: 0 }],
  courses: [courseAnalysis],
};

describe('MyAnalysisView', () => {
  it('shows the course’s pace, estimated end, strengths and weak topics with the lessons to revisit in the player', () => {
    renderWithProviders(<MyAnalysisView analysis={analysis} />);
    expect(screen.getByTestId('analysis-mode')).toHaveTextContent('Analyse calculée à partir de votre activité (mode local)');
    expect(within(screen.getByTestId('analysis-summary')).getByText('≈ 2,5 leçons par semaine')).toBeInTheDocument();
    const course = within(screen.getByTestId('analysis-course'));
    expect(course.getByRole('heading', { name: 'Maîtriser les tableaux croisés dynamiques' })).toBeInTheDocument();
    expect(course.getByText('Vers le 14 déc. 2026')).toBeInTheDocument();
    expect(course.getByText('Leçons terminées : 4 sur 9', { exact: false })).toBeInTheDocument();
    const weak = within(screen.getByTestId('analysis-weak-topic'));
    expect(weak.getByText('Quiz : regroupements')).toBeInTheDocument();
    expect(weak.getByRole('link', { name: 'Champs calculés' })).toHaveAttribute('href', '/courses/c1/learn/l6');
    // No activity: the sentence says so and no chart is drawn.
    expect(screen.getByText('Aucune activité ces 1 dernières semaines.')).toBeInTheDocument();
  });

  it('points to the catalog when the learner takes no course', () => {
    renderWithProviders(<MyAnalysisView analysis={{ ...analysis, courses: [] }} />);
    expect(screen.getByText('Vous ne suivez encore aucun cours')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Parcourir le catalogue' })).toHaveAttribute('href', '/courses');
    expect(screen.queryByTestId('analysis-summary')).not.toBeInTheDocument();
  });
});
