import { QuestionTypes, type GradedQuestion, type QuestionView, type QuizAttemptRequest, type QuizAttemptResult } from '../types';

/**
 * A quiz on the learner's side, kept pure (no React, no network) so every rule is unit-tested: what an answer to each
 * question type looks like, when the quiz may be submitted, the request sent, and the feedback read from the result.
 */
export type Answer =
  | { kind: 'choice'; selected: number[] }
  | { kind: 'boolean'; value: boolean | null }
  | { kind: 'text'; text: string };

export type Answers = Record<string, Answer>;

export type QuizState = {
  answers: Answers;
  /** The last graded attempt; while set, the answers are read-only and the feedback shown. */
  result: QuizAttemptResult | null;
  /** Set by a submit refused here (questions left unanswered), cleared by the next change. */
  missing: string[];
};

export type QuizAction =
  | { type: 'choose'; question: QuestionView; option: number; checked: boolean }
  | { type: 'answer-boolean'; questionId: string; value: boolean }
  | { type: 'answer-text'; questionId: string; text: string }
  | { type: 'incomplete'; missing: string[] }
  | { type: 'graded'; result: QuizAttemptResult }
  | { type: 'retry'; questions: QuestionView[] };

export function emptyAnswer(question: QuestionView): Answer {
  switch (question.type) {
    case QuestionTypes.trueFalse:
      return { kind: 'boolean', value: null };
    case QuestionTypes.shortAnswer:
      return { kind: 'text', text: '' };
    default:
      return { kind: 'choice', selected: [] };
  }
}

export function initialQuizState(questions: QuestionView[]): QuizState {
  return { answers: Object.fromEntries(questions.map((question) => [question.id, emptyAnswer(question)])), result: null, missing: [] };
}

export function quizReducer(state: QuizState, action: QuizAction): QuizState {
  if (state.result && action.type !== 'retry' && action.type !== 'graded') return state; // graded answers are frozen
  switch (action.type) {
    case 'choose':
      return withAnswer(state, action.question.id, {
        kind: 'choice',
        selected: choose(selectedOf(state.answers[action.question.id]), action.question.type, action.option, action.checked),
      });
    case 'answer-boolean':
      return withAnswer(state, action.questionId, { kind: 'boolean', value: action.value });
    case 'answer-text':
      return withAnswer(state, action.questionId, { kind: 'text', text: action.text });
    case 'incomplete':
      return { ...state, missing: action.missing };
    case 'graded':
      return { ...state, result: action.result, missing: [] };
    case 'retry':
      return initialQuizState(action.questions);
  }
}

function withAnswer(state: QuizState, questionId: string, answer: Answer): QuizState {
  return { ...state, answers: { ...state.answers, [questionId]: answer }, missing: state.missing.filter((id) => id !== questionId) };
}

function selectedOf(answer: Answer | undefined): number[] {
  return answer?.kind === 'choice' ? answer.selected : [];
}

/** Single choice keeps one option (a radio group); multiple choice adds or removes it, kept in option order. */
function choose(selected: number[], type: string, option: number, checked: boolean): number[] {
  if (type !== QuestionTypes.multipleChoice) return checked ? [option] : selected.filter((index) => index !== option);
  const next = new Set(selected);
  if (checked) next.add(option);
  else next.delete(option);
  return [...next].sort((a, b) => a - b);
}

export function isAnswered(answer: Answer | undefined): boolean {
  if (!answer) return false;
  switch (answer.kind) {
    case 'choice':
      return answer.selected.length > 0;
    case 'boolean':
      return answer.value !== null;
    case 'text':
      return answer.text.trim().length > 0;
  }
}

/** Ids of the questions still without an answer, in the quiz's order. */
export function unanswered(questions: QuestionView[], answers: Answers): string[] {
  return questions.filter((question) => !isAnswered(answers[question.id])).map((question) => question.id);
}

/** The body of POST …/quiz-attempts: one answer per question, only the field its type uses. */
export function toAttemptRequest(questions: QuestionView[], answers: Answers): QuizAttemptRequest {
  return {
    answers: questions.map((question) => {
      const answer = answers[question.id] ?? emptyAnswer(question);
      return {
        question_id: question.id,
        selected: answer.kind === 'choice' ? answer.selected : null,
        value: answer.kind === 'boolean' ? answer.value : null,
        text: answer.kind === 'text' ? answer.text.trim() : null,
      };
    }),
  };
}

/** What the service revealed as the right answer (only once the quiz is passed or no attempt is left). */
export type CorrectAnswer =
  | { kind: 'options'; labels: string[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'text'; accepted: string[] };

export type QuestionFeedback = {
  correct: boolean;
  earned: number;
  points: number;
  /** Empty when the service kept it back (a failed attempt with attempts left). */
  explanation: string;
  correctAnswer: CorrectAnswer | null;
};

export function feedbackFor(question: QuestionView, result: QuizAttemptResult | null): QuestionFeedback | null {
  const graded: GradedQuestion | undefined = result?.questions.find((item) => item.question_id === question.id);
  if (!graded) return null;
  return {
    correct: graded.correct,
    earned: graded.earned,
    points: graded.points,
    explanation: graded.explanation.trim(),
    correctAnswer: correctAnswerOf(question, graded),
  };
}

function correctAnswerOf(question: QuestionView, graded: GradedQuestion): CorrectAnswer | null {
  if (graded.correct_options && graded.correct_options.length > 0) {
    return { kind: 'options', labels: graded.correct_options.map((index) => question.options[index]).filter((label): label is string => label !== undefined) };
  }
  if (graded.correct_boolean !== null) return { kind: 'boolean', value: graded.correct_boolean };
  if (graded.accepted_answers && graded.accepted_answers.length > 0) return { kind: 'text', accepted: graded.accepted_answers };
  return null;
}

/** Another attempt is possible after a failed one while attempts remain (null: unlimited). */
export function canRetry(result: QuizAttemptResult): boolean {
  return !result.passed && (result.attempts_left === null || result.attempts_left > 0);
}
