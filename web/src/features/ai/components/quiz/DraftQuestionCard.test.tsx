import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiProblem } from '@/lib/api/problem';
import { renderWithProviders } from '@/test/render';
import { nbsp, shortAnswer, singleChoice } from '../../test/fixtures';
import { DraftQuestionCard } from './DraftQuestionCard';

const card = (props: Partial<Parameters<typeof DraftQuestionCard>[0]> = {}) => {
  const onReview = vi.fn();
  renderWithProviders(
    <ol>
      <DraftQuestionCard question={singleChoice} number={2} readOnly={false} pending={false} error={null} onReview={onReview} {...props} />
    </ol>,
  );
  return { onReview, item: screen.getByTestId('quiz-draft-question') };
};

describe('DraftQuestionCard', () => {
  it('shows the type, the status in words and the lesson sentence the question comes from', () => {
    const { item } = card();
    const scope = within(item);
    expect(scope.getByRole('heading', { name: 'Question 2' })).toBeInTheDocument();
    expect(scope.getByText('Choix unique')).toBeInTheDocument();
    expect(scope.getByTestId('quiz-question-status')).toHaveTextContent('Statut : … En attente');
    expect(item.querySelector('blockquote')).toHaveTextContent('Tiré de la leçon : « Le tableau croisé dynamique résume les données en quelques clics. »');
    expect(scope.getByRole('radio', { name: nbsp('Bonne réponse : option 1') })).toBeChecked();
  });

  it('approves with the edits made: the changed fields and the status', async () => {
    const { onReview } = card();
    const option = screen.getByRole('textbox', { name: 'Option 3' });
    await userEvent.clear(option);
    await userEvent.type(option, 'Segment');
    await userEvent.click(screen.getByRole('radio', { name: nbsp('Bonne réponse : option 2') }));
    await userEvent.click(screen.getByTestId('quiz-approve'));
    expect(onReview).toHaveBeenCalledWith({ options: ['Tableau croisé dynamique', 'Mise en forme', 'Segment'], correct_options: [1], status: 'approved' }, 'approve');
  });

  it('says what keeps a question from being approved, next to the input, and sends nothing', async () => {
    const { onReview } = card({ question: shortAnswer });
    const answers = screen.getByRole('textbox', { name: 'Réponses acceptées' });
    await userEvent.clear(answers);
    await userEvent.click(screen.getByTestId('quiz-approve'));
    expect(onReview).not.toHaveBeenCalled();
    expect(answers).toHaveAccessibleDescription('Séparez les réponses par des virgules. Indiquez au moins une réponse acceptée.');
    // Rejecting needs no check: the status alone goes.
    await userEvent.click(screen.getByTestId('quiz-reject'));
    expect(onReview).toHaveBeenCalledWith({ status: 'rejected' }, 'reject');
  });

  it('shows a 400’s field errors in the reader’s language next to the inputs concerned', () => {
    card({ error: new ApiProblem(400, { title: 'Bad Request', errors: { correct_options: ['must name at least one of the options'] } }) });
    expect(screen.getByRole('group', { name: 'Options' })).toHaveAccessibleDescription('Cochez la bonne réponse. Cochez au moins une bonne réponse.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('gives the focus back to the button used when it comes back with the service’s answer', () => {
    card({ question: { ...singleChoice, status: 'approved' }, refocus: 'approve' });
    expect(screen.getByTestId('quiz-approve')).toHaveFocus();
    expect(screen.getByTestId('quiz-approve')).toHaveAttribute('aria-pressed', 'true');
  });

  it('is read-only once the draft is saved: no decision buttons, inputs disabled', () => {
    card({ readOnly: true });
    expect(screen.queryByTestId('quiz-approve')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Énoncé' })).toBeDisabled();
  });
});
