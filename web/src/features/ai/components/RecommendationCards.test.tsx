import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import type { Recommendation } from '../types';
import { RecommendationCards } from './RecommendationCards';

const items: Recommendation[] = [
  {
    course_id: 'c1',
    title: 'Analyse de données avec pandas',
    language: 'fr',
    domain: 'Python',
    score: 0.4,
    reason_code: 'similar_content',
    reason: 'Proche de « Python pour débuter », que vous suivez.',
    because_course_id: 'c0',
  },
  { course_id: 'c2', title: 'Tidy data in R', language: 'en', domain: 'Other', score: 0.1, reason_code: 'popular', reason: 'Parmi les cours les plus suivis.' },
];

describe('RecommendationCards', () => {
  it('shows each course as a card: its title linking to the course page, domain, language and reason', () => {
    renderWithProviders(<RecommendationCards items={items} />);
    const cards = screen.getAllByTestId('recommendation');
    expect(cards).toHaveLength(2);

    const first = within(cards[0]!);
    expect(first.getByRole('link', { name: 'Analyse de données avec pandas' })).toHaveAttribute('href', '/courses/c1');
    expect(first.getByText('Python')).toBeInTheDocument();
    expect(first.getByText('Français')).toBeInTheDocument();
    expect(first.getByText('Proche de « Python pour débuter », que vous suivez.')).toBeInTheDocument();

    const second = within(cards[1]!);
    expect(second.getByRole('link', { name: 'Tidy data in R' })).toHaveAttribute('href', '/courses/c2');
    // Codes in the reader's language, with what they are for screen readers.
    expect(second.getByText('Autre').parentElement).toHaveTextContent('Domaine : Autre');
    expect(second.getByText('Anglais').parentElement).toHaveTextContent('Langue : Anglais');
  });
});
