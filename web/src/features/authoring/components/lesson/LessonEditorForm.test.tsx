import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '@/test/render';
import type { LessonView, LessonWrite } from '../../model/types';
import { LessonEditorForm } from './LessonEditorForm';

const quizLesson: LessonView = {
  id: 'l1', course_id: 'c1', module_id: 'm1', title: 'Quiz Excel', type: 'quiz', position: 0, duration_seconds: 120, is_preview: false,
  video: null, markdown: null, quiz: null, exercise: null, resources: [], progress: null,
};

describe('LessonEditorForm (quiz builder)', () => {
  it('does not save an incomplete question, then saves the quiz the service expects', async () => {
    const onSave = vi.fn(async (write: LessonWrite) => ({ ...quizLesson, title: write.title ?? quizLesson.title }));
    renderWithProviders(<LessonEditorForm courseId="c1" lesson={quizLesson} pending={false} error={null} onSave={onSave} />);
    expect(screen.getByText('Aucune question pour le moment.')).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('question-add'));
    await userEvent.click(screen.getByTestId('save-lesson'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Corrigez les points signalés avant d’enregistrer.')).toBeInTheDocument();
    const question = screen.getByTestId('quiz-question');
    expect(within(question).getByText('Ce champ est obligatoire.')).toBeInTheDocument();
    expect(within(question).getByText(/Cochez la bonne réponse/)).toBeInTheDocument();

    await userEvent.type(within(question).getByTestId('question-prompt-input'), 'Quelle fonction additionne ?');
    const [first, second] = within(question).getAllByTestId('option-input');
    await userEvent.type(first!, 'SOMME');
    await userEvent.type(second!, 'MOYENNE');
    await userEvent.click(within(question).getByRole('radio', { name: 'Proposition 1 correcte' }));
    await userEvent.click(screen.getByTestId('save-lesson'));

    expect(onSave).toHaveBeenCalledOnce();
    const write = onSave.mock.calls[0]![0];
    expect(write.quiz).toEqual({
      passing_score: 70,
      max_attempts: null,
      questions: [{ id: null, type: 'single_choice', prompt: 'Quelle fonction additionne ?', options: ['SOMME', 'MOYENNE'], correct_options: [0], correct_boolean: null, accepted_answers: null, explanation: null, points: 1 }],
    });
    expect(write.video).toBeNull();
    expect(await screen.findByText('Leçon enregistrée.')).toBeInTheDocument();
  });

  it('reorders and removes questions', async () => {
    const quiz = {
      passing_score: 70, max_attempts: 2,
      questions: ['A', 'B'].map((prompt) => ({ id: prompt, type: 'true_false', prompt, options: [], points: 1, correct_options: null, correct_boolean: true, accepted_answers: null, explanation: null })),
    };
    const onSave = vi.fn(async (_write: LessonWrite) => null);
    renderWithProviders(<LessonEditorForm courseId="c1" lesson={{ ...quizLesson, quiz }} pending={false} error={null} onSave={onSave} />);
    await userEvent.click(screen.getByRole('button', { name: 'Descendre la question 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer la question 2' }));
    await userEvent.click(screen.getByTestId('save-lesson'));
    expect(onSave.mock.calls[0]![0].quiz?.questions.map((question: { id: string | null }) => question.id)).toEqual(['B']);
  });
});
