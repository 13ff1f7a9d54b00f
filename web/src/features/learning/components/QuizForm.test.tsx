import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { ApiProblem } from '@/lib/api/problem';
import { attemptResult, quiz } from '../test/fixtures';
import type { QuizAttemptRequest } from '../types';
import { QuizForm } from './QuizForm';

function renderQuiz(onSubmit = vi.fn(async (_request: QuizAttemptRequest) => attemptResult()), submitError: unknown = null) {
  renderWithProviders(
    <QuizForm quiz={quiz} progress={null} onSubmit={onSubmit} submitting={false} submitError={submitError} completionPathFor={() => null} />,
  );
  return onSubmit;
}

async function answerEverything(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('radio', { name: '20' }));
  await user.click(screen.getByRole('checkbox', { name: 'int' }));
  await user.click(screen.getByRole('checkbox', { name: 'float' }));
  await user.click(screen.getByRole('radio', { name: 'Faux' }));
  await user.type(screen.getByRole('textbox', { name: 'Votre réponse' }), 'len');
}

describe('QuizForm', () => {
  it('offers each question type its own input', () => {
    renderQuiz();
    const single = screen.getByRole('group', { name: /sales\[1\]/ });
    expect(within(single).getAllByRole('radio')).toHaveLength(3);
    expect(within(screen.getByRole('group', { name: /Which are numbers/ })).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(screen.getByRole('group', { name: /is 43/ })).getAllByRole('radio').map((radio) => radio.closest('label')?.textContent)).toEqual(['Vrai', 'Faux']);
    expect(screen.getByRole('textbox', { name: 'Votre réponse' })).toBeInTheDocument();
  });

  it('refuses to submit while questions are unanswered, and says how many', async () => {
    const user = userEvent.setup();
    const onSubmit = renderQuiz();
    await user.click(screen.getByRole('radio', { name: '20' }));
    await user.click(screen.getByTestId('quiz-submit'));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('il en reste 3');
    expect(screen.getAllByText('Question sans réponse')).toHaveLength(3);
  });

  it('submits the answers, then shows the score, per-question feedback and a retry', async () => {
    const user = userEvent.setup();
    const onSubmit = renderQuiz();
    await answerEverything(user);
    await user.click(screen.getByTestId('quiz-submit'));

    expect(onSubmit).toHaveBeenCalledWith({
      answers: [
        { question_id: 'q1', selected: [1], value: null, text: null },
        { question_id: 'q2', selected: [0, 2], value: null, text: null },
        { question_id: 'q3', selected: null, value: false, text: null },
        { question_id: 'q4', selected: null, value: null, text: 'len' },
      ],
    });
    const result = await screen.findByTestId('quiz-result');
    expect(result).toHaveTextContent('Score : 60 %');
    expect(result).toHaveTextContent('Il vous reste 2 tentatives.');
    expect(screen.getAllByText('Réponse correcte')).toHaveLength(2);
    expect(screen.getAllByText('Réponse incorrecte')).toHaveLength(2);
    expect(screen.getByRole('radio', { name: '20' })).toBeDisabled();
    expect(screen.queryByTestId('quiz-submit')).not.toBeInTheDocument();

    await user.click(within(result).getByRole('button', { name: 'Réessayer' }));
    expect(screen.queryByTestId('quiz-result')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: '20' })).not.toBeChecked();
  });

  it('shows the right answers the service revealed, and no retry once passed', async () => {
    const user = userEvent.setup();
    renderQuiz(
      vi.fn(async () =>
        attemptResult({
          score: 80,
          passed: true,
          questions: [
            { question_id: 'q4', correct: false, points: 1, earned: 0, explanation: 'len() counts items.', correct_options: null, correct_boolean: null, accepted_answers: ['len', 'len()'] },
          ],
        }),
      ),
    );
    await answerEverything(user);
    await user.click(screen.getByTestId('quiz-submit'));
    const result = await screen.findByTestId('quiz-result');
    expect(result).toHaveTextContent('Réussi');
    expect(within(result).queryByRole('button', { name: 'Réessayer' })).not.toBeInTheDocument();
    expect(screen.getByText(/Réponses acceptées.*len ou len\(\)/)).toBeInTheDocument();
    expect(screen.getByText('len() counts items.')).toBeInTheDocument();
  });

  it('explains a refusal for lack of attempts in the reader’s language', () => {
    renderQuiz(undefined, new ApiProblem(422, { title: 'No attempts left' }));
    expect(screen.getByRole('alert')).toHaveTextContent('toutes les tentatives autorisées');
  });
});
