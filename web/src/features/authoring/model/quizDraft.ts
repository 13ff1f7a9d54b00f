import type { FieldMessage } from './fieldErrors';
import type { QuestionWrite, QuizView, QuizWrite } from './types';

export const questionTypes = ['single_choice', 'multiple_choice', 'true_false', 'short_answer'] as const;
export type QuestionType = (typeof questionTypes)[number];

/** One question as the builder edits it; `key` identifies it on screen (the service's id exists only once saved). */
export type QuestionDraft = {
  key: string;
  id: string | null;
  type: QuestionType;
  prompt: string;
  options: string[];
  correctOptions: number[];
  correctBoolean: boolean | null;
  acceptedAnswers: string[];
  explanation: string;
  points: number;
};

export type QuizDraft = { passingScore: number; maxAttempts: number | null; questions: QuestionDraft[] };

export type QuestionErrors = Partial<Record<'prompt' | 'options' | 'correct' | 'accepted' | 'points' | 'explanation', FieldMessage>>;
export type QuizErrors = { quiz?: FieldMessage; passingScore?: FieldMessage; maxAttempts?: FieldMessage; questions: Record<string, QuestionErrors> };

/** The service's limits (QuizWrite, QuestionWrite, LessonContentWriter). */
export const quizLimits = { minOptions: 2, maxOptions: 10, optionMax: 500, promptMax: 2000, acceptedMax: 20, answerMax: 200, maxQuestions: 100 };

let counter = 0;
const nextKey = () => `q${++counter}`;

function isQuestionType(value: string): value is QuestionType {
  return (questionTypes as readonly string[]).includes(value);
}

export function newQuestion(type: QuestionType = 'single_choice'): QuestionDraft {
  return changeType(
    { key: nextKey(), id: null, type: 'short_answer', prompt: '', options: [], correctOptions: [], correctBoolean: null, acceptedAnswers: [], explanation: '', points: 1 },
    type,
  );
}

export function quizDraftFrom(view: QuizView | null): QuizDraft {
  if (!view) return { passingScore: 70, maxAttempts: null, questions: [] };
  return {
    passingScore: view.passing_score,
    maxAttempts: view.max_attempts,
    questions: view.questions.map((question) => ({
      key: nextKey(),
      id: question.id,
      type: isQuestionType(question.type) ? question.type : 'single_choice',
      prompt: question.prompt,
      options: [...question.options],
      correctOptions: [...(question.correct_options ?? [])],
      correctBoolean: question.correct_boolean,
      acceptedAnswers: [...(question.accepted_answers ?? [])],
      explanation: question.explanation ?? '',
      points: question.points,
    })),
  };
}

/** Switching type keeps what still makes sense: options between the two choice types (one correct left for single). */
export function changeType(question: QuestionDraft, type: QuestionType): QuestionDraft {
  const choice = type === 'single_choice' || type === 'multiple_choice';
  const options = choice ? (question.options.length >= 2 ? question.options : [...question.options, '', ''].slice(0, Math.max(2, question.options.length))) : [];
  const correctOptions = !choice ? [] : type === 'single_choice' ? question.correctOptions.slice(0, 1) : question.correctOptions;
  return {
    ...question,
    type,
    options,
    correctOptions,
    correctBoolean: type === 'true_false' ? question.correctBoolean : null,
    acceptedAnswers: type === 'short_answer' ? (question.acceptedAnswers.length > 0 ? question.acceptedAnswers : ['']) : [],
  };
}

/** Marks an option right (single choice: the only one) or toggles it (multiple choice). */
export function toggleCorrect(question: QuestionDraft, index: number): QuestionDraft {
  if (question.type === 'single_choice') return { ...question, correctOptions: [index] };
  const correct = question.correctOptions.includes(index)
    ? question.correctOptions.filter((option) => option !== index)
    : [...question.correctOptions, index].sort((a, b) => a - b);
  return { ...question, correctOptions: correct };
}

/** Removing an option shifts the indexes of the right answers after it. */
export function removeOption(question: QuestionDraft, index: number): QuestionDraft {
  return {
    ...question,
    options: question.options.filter((_, position) => position !== index),
    correctOptions: question.correctOptions.filter((option) => option !== index).map((option) => (option > index ? option - 1 : option)),
  };
}

export function validateQuiz(draft: QuizDraft): QuizErrors {
  const errors: QuizErrors = { questions: {} };
  if (draft.questions.length === 0) errors.quiz = { key: 'validation.quizEmpty' };
  if (draft.questions.length > quizLimits.maxQuestions) errors.quiz = { key: 'validation.tooMany', values: { max: quizLimits.maxQuestions } };
  if (!Number.isInteger(draft.passingScore) || draft.passingScore < 0 || draft.passingScore > 100)
    errors.passingScore = { key: 'validation.range', values: { min: 0, max: 100 } };
  if (draft.maxAttempts !== null && (!Number.isInteger(draft.maxAttempts) || draft.maxAttempts < 1 || draft.maxAttempts > 100))
    errors.maxAttempts = { key: 'validation.range', values: { min: 1, max: 100 } };

  for (const question of draft.questions) {
    const problems: QuestionErrors = {};
    const prompt = question.prompt.trim();
    if (prompt.length === 0) problems.prompt = { key: 'validation.required' };
    else if (prompt.length > quizLimits.promptMax) problems.prompt = { key: 'validation.max', values: { max: quizLimits.promptMax } };
    if (!Number.isInteger(question.points) || question.points < 1 || question.points > 100)
      problems.points = { key: 'validation.range', values: { min: 1, max: 100 } };
    if (question.explanation.trim().length > 2000) problems.explanation = { key: 'validation.max', values: { max: 2000 } };

    if (question.type === 'single_choice' || question.type === 'multiple_choice') {
      const options = question.options.map((option) => option.trim());
      if (options.length < quizLimits.minOptions || options.length > quizLimits.maxOptions)
        problems.options = { key: 'validation.optionCount', values: { min: quizLimits.minOptions, max: quizLimits.maxOptions } };
      else if (options.some((option) => option.length === 0 || option.length > quizLimits.optionMax))
        problems.options = { key: 'validation.optionText', values: { max: quizLimits.optionMax } };
      const correct = question.correctOptions.filter((index) => index >= 0 && index < options.length);
      if (question.type === 'single_choice' && correct.length !== 1) problems.correct = { key: 'validation.singleCorrect' };
      if (question.type === 'multiple_choice' && correct.length === 0) problems.correct = { key: 'validation.multipleCorrect' };
    }
    if (question.type === 'true_false' && question.correctBoolean === null) problems.correct = { key: 'validation.trueFalse' };
    if (question.type === 'short_answer') {
      const accepted = question.acceptedAnswers.map((answer) => answer.trim()).filter((answer) => answer.length > 0);
      if (accepted.length === 0) problems.accepted = { key: 'validation.accepted' };
      else if (accepted.length > quizLimits.acceptedMax) problems.accepted = { key: 'validation.tooMany', values: { max: quizLimits.acceptedMax } };
      else if (accepted.some((answer) => answer.length > quizLimits.answerMax)) problems.accepted = { key: 'validation.entryTooLong', values: { max: quizLimits.answerMax } };
    }
    if (Object.keys(problems).length > 0) errors.questions[question.key] = problems;
  }
  return errors;
}

export function quizHasErrors(errors: QuizErrors): boolean {
  return Boolean(errors.quiz || errors.passingScore || errors.maxAttempts) || Object.keys(errors.questions).length > 0;
}

/** Only the parts of each question its type uses: the service refuses nothing else but stores nothing else either. */
export function toQuizWrite(draft: QuizDraft): QuizWrite {
  return {
    passing_score: draft.passingScore,
    max_attempts: draft.maxAttempts,
    questions: draft.questions.map((question): QuestionWrite => {
      const choice = question.type === 'single_choice' || question.type === 'multiple_choice';
      return {
        id: question.id,
        type: question.type,
        prompt: question.prompt.trim(),
        options: choice ? question.options.map((option) => option.trim()) : null,
        correct_options: choice ? question.correctOptions : null,
        correct_boolean: question.type === 'true_false' ? question.correctBoolean : null,
        accepted_answers: question.type === 'short_answer' ? question.acceptedAnswers.map((answer) => answer.trim()).filter(Boolean) : null,
        explanation: question.explanation.trim() || null,
        points: question.points,
      };
    }),
  };
}
