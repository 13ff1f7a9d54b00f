import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import type { ThreadMessage } from '../lib/tutorThread';
import { TutorMessageList } from './TutorMessageList';
import { TutorModeLabel } from './TutorModeLabel';

const messages: ThreadMessage[] = [
  { id: 'q1', role: 'user', text: 'Comment créer un tableau croisé dynamique ?' },
  {
    id: 'a1',
    role: 'tutor',
    text: 'D’après la leçon « Préparer » : Insertion > Tableau croisé dynamique.',
    status: 'done',
    answeredFromCourse: true,
    citations: [
      { lesson_id: 'l1', lesson_title: 'Préparer une source de données', excerpt: 'Insertion > Tableau croisé dynamique.' },
      { lesson_id: 'l2', lesson_title: 'Pourquoi un TCD ?', excerpt: 'Bien plus rapide que SOMME.SI.ENS.' },
    ],
  },
  { id: 'q2', role: 'user', text: 'Quelle est la capitale du Pérou ?' },
  { id: 'a2', role: 'tutor', text: 'Je ne trouve pas la réponse dans les leçons de ce cours.', status: 'done', answeredFromCourse: false, citations: [] },
];

describe('TutorMessageList', () => {
  it('links each citation to its lesson in the player, with the quoted passage', () => {
    renderWithProviders(<TutorMessageList courseId="c1" messages={messages} />);
    const links = screen.getAllByTestId('tutor-citation');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/courses/c1/learn/l1', '/courses/c1/learn/l2']);
    expect(screen.getByRole('link', { name: 'Préparer une source de données' })).toBeInTheDocument();
    expect(screen.getByText('Bien plus rapide que SOMME.SI.ENS.')).toBeInTheDocument();
  });

  it('shows an answer the lessons do not hold as a note, not as an error', () => {
    renderWithProviders(<TutorMessageList courseId="c1" messages={messages} />);
    const answers = screen.getAllByTestId('tutor-answer');
    expect(answers).toHaveLength(2);
    expect(answers[0]).not.toHaveClass('tutor-answer-not-found');
    expect(answers[1]).toHaveClass('tutor-answer-not-found');
    expect(within(answers[1]!).getByText('Réponse introuvable dans les leçons de ce cours')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('writes a streaming answer as plain text, busy, and not yet as a finished answer', () => {
    renderWithProviders(
      <TutorMessageList
        courseId="c1"
        messages={[messages[0]!, { id: 'a1', role: 'tutor', text: 'Insertion > Tab', status: 'streaming', citations: [], answeredFromCourse: null }]}
      />,
    );
    expect(screen.queryByTestId('tutor-answer')).not.toBeInTheDocument();
    expect(screen.getByText('Insertion > Tab').closest('[aria-busy="true"]')).not.toBeNull();
  });

  it('says a stopped answer was stopped', () => {
    renderWithProviders(
      <TutorMessageList courseId="c1" messages={[messages[0]!, { id: 'a1', role: 'tutor', text: 'Insertion', status: 'stopped', citations: [], answeredFromCourse: null }]} />,
    );
    expect(screen.getByText('Réponse interrompue.')).toBeInTheDocument();
    expect(screen.queryByTestId('tutor-answer')).not.toBeInTheDocument();
  });
});

describe('TutorModeLabel', () => {
  it('names how the answers are made', () => {
    const { rerender } = renderWithProviders(<TutorModeLabel mode="local" />);
    expect(screen.getByTestId('tutor-mode')).toHaveTextContent('Réponses extraites des leçons (mode local)');
    rerender(<TutorModeLabel mode="llm" />);
    expect(screen.getByTestId('tutor-mode')).toHaveTextContent('Réponses rédigées par l’IA à partir des leçons');
  });
});
