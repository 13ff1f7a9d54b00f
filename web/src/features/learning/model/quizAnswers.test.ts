import { describe, expect, it } from 'vitest';
import { attemptResult, questions } from '../test/fixtures';
import { canRetry, feedbackFor, initialQuizState, quizReducer, toAttemptRequest, unanswered, type QuizState } from './quizAnswers';

const [single, multiple, trueFalse, short] = questions as [(typeof questions)[0], (typeof questions)[0], (typeof questions)[0], (typeof questions)[0]];

function answerAll(): QuizState {
  let state = initialQuizState(questions);
  state = quizReducer(state, { type: 'choose', question: single, option: 1, checked: true });
  state = quizReducer(state, { type: 'choose', question: multiple, option: 2, checked: true });
  state = quizReducer(state, { type: 'choose', question: multiple, option: 0, checked: true });
  state = quizReducer(state, { type: 'answer-boolean', questionId: trueFalse.id, value: false });
  state = quizReducer(state, { type: 'answer-text', questionId: short.id, text: '  len ' });
  return state;
}

describe('quiz answers', () => {
  it('keeps one option for a single choice and several, in order, for a multiple choice', () => {
    let state = initialQuizState(questions);
    state = quizReducer(state, { type: 'choose', question: single, option: 0, checked: true });
    state = quizReducer(state, { type: 'choose', question: single, option: 2, checked: true });
    expect(state.answers.q1).toEqual({ kind: 'choice', selected: [2] });

    state = quizReducer(state, { type: 'choose', question: multiple, option: 2, checked: true });
    state = quizReducer(state, { type: 'choose', question: multiple, option: 0, checked: true });
    state = quizReducer(state, { type: 'choose', question: multiple, option: 2, checked: false });
    expect(state.answers.q2).toEqual({ kind: 'choice', selected: [0] });
  });

  it('lists unanswered questions (blank text counts as unanswered) and clears one once answered', () => {
    let state = initialQuizState(questions);
    state = quizReducer(state, { type: 'answer-text', questionId: 'q4', text: '   ' });
    const missing = unanswered(questions, state.answers);
    expect(missing).toEqual(['q1', 'q2', 'q3', 'q4']);
    state = quizReducer(state, { type: 'incomplete', missing });
    state = quizReducer(state, { type: 'answer-boolean', questionId: 'q3', value: true });
    expect(state.missing).toEqual(['q1', 'q2', 'q4']);
  });

  it('builds the attempt with only the field each question type uses', () => {
    expect(toAttemptRequest(questions, answerAll().answers).answers).toEqual([
      { question_id: 'q1', selected: [1], value: null, text: null },
      { question_id: 'q2', selected: [0, 2], value: null, text: null },
      { question_id: 'q3', selected: null, value: false, text: null },
      { question_id: 'q4', selected: null, value: null, text: 'len' },
    ]);
  });

  it('freezes the answers once graded, and a retry starts from blank', () => {
    let state = quizReducer(answerAll(), { type: 'graded', result: attemptResult() });
    state = quizReducer(state, { type: 'choose', question: single, option: 0, checked: true });
    expect(state.answers.q1).toEqual({ kind: 'choice', selected: [1] });
    state = quizReducer(state, { type: 'retry', questions });
    expect(state.result).toBeNull();
    expect(unanswered(questions, state.answers)).toHaveLength(4);
  });

  it('reads the feedback: right answers as option labels, or nothing when the service kept them back', () => {
    const hidden = attemptResult();
    expect(feedbackFor(trueFalse, hidden)).toEqual({ correct: false, earned: 0, points: 1, explanation: '', correctAnswer: null });

    const revealed = attemptResult({
      passed: true,
      attempts_left: 1,
      questions: [
        { question_id: 'q2', correct: false, points: 2, earned: 0, explanation: 'str is text.', correct_options: [0, 2], correct_boolean: null, accepted_answers: null },
        { question_id: 'q3', correct: true, points: 1, earned: 1, explanation: '', correct_options: null, correct_boolean: false, accepted_answers: null },
      ],
    });
    expect(feedbackFor(multiple, revealed)?.correctAnswer).toEqual({ kind: 'options', labels: ['int', 'float'] });
    expect(feedbackFor(multiple, revealed)?.explanation).toBe('str is text.');
    expect(feedbackFor(trueFalse, revealed)?.correctAnswer).toEqual({ kind: 'boolean', value: false });
    expect(feedbackFor(single, revealed)).toBeNull();
  });

  it('allows a retry only after a failure with attempts left (or unlimited)', () => {
    expect(canRetry(attemptResult({ passed: false, attempts_left: 1 }))).toBe(true);
    expect(canRetry(attemptResult({ passed: false, attempts_left: null }))).toBe(true);
    expect(canRetry(attemptResult({ passed: false, attempts_left: 0 }))).toBe(false);
    expect(canRetry(attemptResult({ passed: true, attempts_left: 2 }))).toBe(false);
  });
});
