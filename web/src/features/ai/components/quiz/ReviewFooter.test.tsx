import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { nbsp } from '../../test/fixtures';
import { ReviewFooter } from './ReviewFooter';

describe('ReviewFooter', () => {
  it('cannot save before a question is approved', () => {
    renderWithProviders(<ReviewFooter approved={0} lessonTitle="Créer un tableau croisé" pending={false} error={null} onSave={vi.fn()} />);
    expect(screen.getByTestId('quiz-approved-count')).toHaveTextContent('0 question approuvée · Approuvez au moins une question pour enregistrer le quiz.');
    expect(screen.getByTestId('quiz-save')).toBeDisabled();
  });

  it('saves the approved questions with the passing score and the title written, checking the score first', async () => {
    const onSave = vi.fn();
    renderWithProviders(<ReviewFooter approved={3} lessonTitle="Créer un tableau croisé" pending={false} error={null} onSave={onSave} />);
    expect(screen.getByTestId('quiz-approved-count')).toHaveTextContent('3 questions approuvées');
    const title = screen.getByRole('textbox', { name: 'Titre du quiz (facultatif)' });
    expect(title).toHaveAttribute('placeholder', nbsp('Quiz : Créer un tableau croisé'));

    const score = screen.getByRole('spinbutton', { name: 'Score de réussite (%)' });
    await userEvent.clear(score);
    await userEvent.type(score, '150');
    await userEvent.click(screen.getByTestId('quiz-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Indiquez un nombre entier de 0 à 100.')).toBeInTheDocument();

    await userEvent.clear(score);
    await userEvent.type(score, '80');
    await userEvent.type(title, 'Quiz TCD');
    await userEvent.click(screen.getByTestId('quiz-save'));
    expect(onSave).toHaveBeenCalledWith({ passing_score: 80, title: 'Quiz TCD' });
  });
});
