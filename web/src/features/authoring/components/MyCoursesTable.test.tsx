import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { CourseSummary } from '../model/types';
import { MyCoursesTable } from './MyCoursesTable';
import { french } from '../frenchText';

const course = (id: string, status: string, extra: Partial<CourseSummary> = {}): CourseSummary => ({
  id, title: `Cours ${id}`, subtitle: '', language: 'fr', domain: 'Excel', stack: [], category: 'data-analysis', level: 'beginner', keywords: [],
  instructor_id: 'i', instructor_name: 'Amina', thumbnail_url: null, price: { amount: 0, currency: 'EUR', pricing_model: 'free' }, status,
  total_lessons: 7, total_duration_hours: 1, enrollments_count: 1250, average_rating: 4.5, reviews_count: 3, published_at: null, ...extra,
});

describe('MyCoursesTable', () => {
  it('invites a new instructor to create a first course', () => {
    renderWithProviders(<MyCoursesTable courses={[]} />);
    expect(screen.getByText(french("Vous n'avez pas encore de cours"))).toBeInTheDocument();
    expect(screen.getByRole('link', { name: french('Créer mon premier cours') })).toHaveAttribute('href', '/teach/new');
  });

  it('lists each course with its status in words, its figures and links to edit and to statistics', () => {
    renderWithProviders(<MyCoursesTable courses={[course('a', 'draft'), course('b', 'published', { published_at: '2026-11-20T10:00:00Z' })]} />);
    const rows = screen.getAllByTestId('teach-course-row');
    expect(rows).toHaveLength(2);
    expect(within(rows[0]!).getByText('Brouillon')).toBeInTheDocument();
    expect(within(rows[0]!).getByText('Jamais publié')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('Publié')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('1 250')).toBeInTheDocument();
    expect(within(rows[1]!).getByRole('link', { name: french('Modifier « Cours b »') })).toHaveAttribute('href', '/teach/courses/b');
    expect(within(rows[1]!).getByRole('link', { name: french('Statistiques de « Cours b »') })).toHaveAttribute('href', '/teach/courses/b/stats');
  });
});
