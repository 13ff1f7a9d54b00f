import { describe, expect, it } from 'vitest';
import { changeType, newQuestion, quizDraftFrom, quizHasErrors, removeOption, toQuizWrite, toggleCorrect, validateQuiz } from './quizDraft';

describe('quiz draft', () => {
  it('refuses an empty quiz and incomplete questions, naming what is missing', () => {
    expect(validateQuiz({ passingScore: 70, maxAttempts: null, questions: [] }).quiz).toEqual({ key: 'validation.quizEmpty' });
    const single = newQuestion('single_choice');
    const shortAnswer = newQuestion('short_answer');
    const trueFalse = newQuestion('true_false');
    const errors = validateQuiz({ passingScore: 120, maxAttempts: 0, questions: [single, shortAnswer, trueFalse] });
    expect(errors.passingScore).toBeDefined();
    expect(errors.maxAttempts).toBeDefined();
    expect(Object.keys(errors.questions[single.key]!).sort()).toEqual(['correct', 'options', 'prompt']);
    expect(errors.questions[shortAnswer.key]!.accepted).toEqual({ key: 'validation.accepted' });
    expect(errors.questions[trueFalse.key]!.correct).toEqual({ key: 'validation.trueFalse' });
  });

  it('accepts a complete quiz and writes only what each type uses', () => {
    let choice = { ...newQuestion('multiple_choice'), prompt: 'Quelles fonctions ?', options: ['SOMME', 'SI', 'RECHERCHEV'] };
    choice = toggleCorrect(toggleCorrect(choice, 2), 0);
    const tf = { ...newQuestion('true_false'), prompt: 'R est un langage ?', correctBoolean: true };
    const draft = { passingScore: 80, maxAttempts: 3, questions: [choice, tf] };
    expect(quizHasErrors(validateQuiz(draft))).toBe(false);
    const write = toQuizWrite(draft);
    expect(write.questions[0]).toMatchObject({ type: 'multiple_choice', correct_options: [0, 2], correct_boolean: null, accepted_answers: null });
    expect(write.questions[1]).toMatchObject({ type: 'true_false', options: null, correct_options: null, correct_boolean: true });
  });

  it('keeps the right answers pointing at the same options when one is removed', () => {
    const question = { ...newQuestion('multiple_choice'), options: ['a', 'b', 'c', 'd'], correctOptions: [1, 3] };
    const after = removeOption(question, 0);
    expect(after.options).toEqual(['b', 'c', 'd']);
    expect(after.correctOptions).toEqual([0, 2]);
    expect(removeOption(after, 0).correctOptions).toEqual([1]);
  });

  it('single choice has one right answer; switching from multiple keeps the first', () => {
    const multiple = { ...newQuestion('multiple_choice'), options: ['a', 'b', 'c'], correctOptions: [1, 2] };
    const single = changeType(multiple, 'single_choice');
    expect(single.correctOptions).toEqual([1]);
    expect(toggleCorrect(single, 2).correctOptions).toEqual([2]);
    expect(changeType(single, 'short_answer')).toMatchObject({ options: [], correctOptions: [], acceptedAnswers: [''] });
  });

  it('reads a saved quiz with its answers (the editor view) and keeps question ids', () => {
    const draft = quizDraftFrom({
      passing_score: 60, max_attempts: null,
      questions: [{ id: 'q-1', type: 'short_answer', prompt: 'Fonction somme ?', options: [], points: 2, correct_options: null, correct_boolean: null, accepted_answers: ['SOMME', 'SUM'], explanation: null }],
    });
    expect(draft.questions[0]).toMatchObject({ id: 'q-1', acceptedAnswers: ['SOMME', 'SUM'], explanation: '', points: 2 });
    expect(toQuizWrite(draft).questions[0]!.id).toBe('q-1');
  });
});
