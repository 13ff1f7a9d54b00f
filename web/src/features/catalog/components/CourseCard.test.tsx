import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import type { CourseSummary } from '@/lib/api/types';
import { CourseCard } from './CourseCard';

const summary: CourseSummary = {
  id: 'c-42',
  title: 'Maîtriser les tableaux croisés dynamiques',
  subtitle: 'Analysez des milliers de lignes en quelques clics',
  language: 'fr',
  domain: 'Excel',
  stack: ['excel'],
  category: 'data-analysis',
  level: 'intermediate',
  keywords: [],
  instructor_id: 'i-1',
  instructor_name: 'Amina Haddad',
  thumbnail_url: null,
  price: { amount: 49, currency: 'EUR', pricing_model: 'one_time' },
  status: 'published',
  total_lessons: 9,
  total_duration_hours: 1.5,
  enrollments_count: 12,
  average_rating: 4.5,
  reviews_count: 8,
  published_at: '2026-11-01T10:00:00Z',
};

describe('CourseCard', () => {
  it('is one link to the course, named by its title, in a card with the rest', () => {
    renderWithProviders(<CourseCard course={summary} />);
    const link = screen.getByRole('link', { name: 'Maîtriser les tableaux croisés dynamiques' });
    expect(link).toHaveAttribute('href', '/courses/c-42');
    expect(screen.getAllByRole('link')).toHaveLength(1);
    const card = screen.getByRole('article', { name: 'Maîtriser les tableaux croisés dynamiques' });
    expect(card).toHaveAttribute('data-testid', 'course-card');
    expect(card).toHaveTextContent('Par Amina Haddad');
    expect(screen.getByText('Intermédiaire')).toBeInTheDocument();
    expect(screen.getByText('9 leçons')).toBeInTheDocument();
    expect(screen.getByText('1 h 30 min')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Note\u00a0: 4,5 sur 5' })).toBeInTheDocument();
    expect(screen.getByText(/49\s€/)).toBeInTheDocument();
  });

  it('says when a course has no reviews yet and when it is free', () => {
    renderWithProviders(<CourseCard course={{ ...summary, reviews_count: 0, average_rating: 0, price: { amount: 0, currency: 'EUR', pricing_model: 'free' } }} />);
    expect(screen.getByText('Pas encore d’avis')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Note/ })).not.toBeInTheDocument();
    expect(screen.getByText('Gratuit')).toBeInTheDocument();
  });
});
