import type { DraftQuestion, QuestionReview, QuestionStatus, QuestionType } from '../types';

/**
 * One generated question as the instructor edits it on its card, and what goes to the service: only the fields that
 * changed (PATCH …/questions/{id}), checked first with the rules the service and the courses service apply, so a
 * question that cannot be approved says why next to the input concerned. Pure: no network, no React.
 */
export type QuestionEdit = {
  prompt: string;
  options: string[];
  correctOptions: number[];
  correctBoolean: boolean | null;
  /** As typed: answers separated by commas. */
  acceptedAnswers: string;
  explanation: string;
};

/** The fields of a question, named as the service names them (its 400s use these names). */
export type EditField = 'prompt' | 'options' | 'correct_options' | 'correct_boolean' | 'accepted_answers' | 'explanation';

export type HintCode =
  | 'promptRequired'
  | 'promptTooLong'
  | 'optionsTooFew'
  | 'optionEmpty'
  | 'optionTooLong'
  | 'optionsDuplicate'
  | 'correctMissing'
  | 'correctExactlyOne'
  | 'booleanMissing'
  | 'acceptedMissing'
  | 'acceptedTooMany'
  | 'explanationTooLong'
  | 'invalid';

/** What is wrong, by field (one hint each: the first rule broken). */
export type EditHints = Partial<Record<EditField, HintCode>>;

/** The service's limits (QuestionReview in services/ai/app/models/quizzes.py). */
export const questionLimits = { promptMax: 2000, optionMax: 500, answerMax: 200, answersMax: 20, explanationMax: 2000, countMin: 1, countMax: 20 };

export const isChoice = (type: QuestionType) => type === 'single_choice' || type === 'multiple_choice';

export function editOf(question: DraftQuestion): QuestionEdit {
  return {
    prompt: question.prompt,
    options: [...question.options],
    correctOptions: [...question.correct_options].sort((a, b) => a - b),
    // The service sends null for questions that are not true/false.
    correctBoolean: question.correct_boolean ?? null,
    acceptedAnswers: question.accepted_answers.join(', '),
    explanation: question.explanation,
  };
}

/**
 * "TCD , tcd, , TCD" → ["TCD", "tcd"]: trimmed, no empty one, no exact repeat. Case is kept: the service lists the
 * spellings it accepts ("SOMME, somme"), and a list read back unchanged must not count as an edit.
 */
export function parseAcceptedAnswers(text: string): string[] {
  const answers: string[] = [];
  for (const part of text.split(',')) {
    const answer = part.trim();
    if (answer && !answers.includes(answer)) answers.push(answer);
  }
  return answers;
}

/** Ticking option `index`: the only right one for a single choice, toggled for multiple choices. */
export function toggleCorrect(type: QuestionType, correct: number[], index: number): number[] {
  if (type === 'single_choice') return [index];
  const next = correct.includes(index) ? correct.filter((item) => item !== index) : [...correct, index];
  return next.sort((a, b) => a - b);
}

/** The fields of the question's type that differ from the question as the service has it, trimmed as it trims them. */
export function changedFields(question: DraftQuestion, edit: QuestionEdit): QuestionReview {
  const changes: QuestionReview = {};
  const prompt = edit.prompt.trim();
  if (prompt !== question.prompt) changes.prompt = prompt;
  const explanation = edit.explanation.trim();
  if (explanation !== question.explanation) changes.explanation = explanation;
  if (isChoice(question.type)) {
    const options = edit.options.map((option) => option.trim());
    if (!sameList(options, question.options)) changes.options = options;
    const correct = [...edit.correctOptions].sort((a, b) => a - b);
    if (!sameList(correct, [...question.correct_options].sort((a, b) => a - b))) changes.correct_options = correct;
  }
  if (question.type === 'true_false' && edit.correctBoolean !== null && edit.correctBoolean !== (question.correct_boolean ?? null)) {
    changes.correct_boolean = edit.correctBoolean;
  }
  if (question.type === 'short_answer') {
    const answers = parseAcceptedAnswers(edit.acceptedAnswers);
    if (!sameList(answers, question.accepted_answers)) changes.accepted_answers = answers;
  }
  return changes;
}

export const hasChanges = (question: DraftQuestion, edit: QuestionEdit) => Object.keys(changedFields(question, edit)).length > 0;

/** The PATCH body for a decision: the edits made so far, and the status the question takes. */
export function reviewBody(question: DraftQuestion, edit: QuestionEdit, status: QuestionStatus): QuestionReview {
  return { ...changedFields(question, edit), status };
}

/**
 * What stops the question from being sent (any decision: the service refuses malformed fields) or approved (the
 * quiz rules: two distinct options and a right one, a true/false answer, an accepted answer).
 */
export function validateEdit(type: QuestionType, edit: QuestionEdit, forApproval: boolean): EditHints {
  const hints: EditHints = {};
  const prompt = edit.prompt.trim();
  if (!prompt) hints.prompt = 'promptRequired';
  else if (prompt.length > questionLimits.promptMax) hints.prompt = 'promptTooLong';
  if (edit.explanation.trim().length > questionLimits.explanationMax) hints.explanation = 'explanationTooLong';

  if (isChoice(type)) {
    const options = edit.options.map((option) => option.trim());
    if (options.some((option) => !option)) hints.options = 'optionEmpty';
    else if (options.some((option) => option.length > questionLimits.optionMax)) hints.options = 'optionTooLong';
    else if (forApproval && options.length < 2) hints.options = 'optionsTooFew';
    else if (forApproval && new Set(options.map((option) => option.toLocaleLowerCase())).size !== options.length) hints.options = 'optionsDuplicate';
    if (forApproval) {
      const valid = edit.correctOptions.filter((index) => index < options.length);
      if (valid.length === 0) hints.correct_options = 'correctMissing';
      else if (type === 'single_choice' && valid.length !== 1) hints.correct_options = 'correctExactlyOne';
    }
  }
  if (type === 'true_false' && forApproval && edit.correctBoolean === null) hints.correct_boolean = 'booleanMissing';
  if (type === 'short_answer') {
    const answers = parseAcceptedAnswers(edit.acceptedAnswers);
    if (answers.length > questionLimits.answersMax || answers.some((answer) => answer.length > questionLimits.answerMax)) hints.accepted_answers = 'acceptedTooMany';
    else if (forApproval && answers.length === 0) hints.accepted_answers = 'acceptedMissing';
  }
  return hints;
}

// The service's own sentences (services/ai/app/quizzes/drafts.py, check_question), read back as hints in the
// reader's language; anything else about a field is "invalid".
const serviceMessages: [string, HintCode][] = [
  ['at least two options', 'optionsTooFew'],
  ['different from each other', 'optionsDuplicate'],
  ['exactly one right option', 'correctExactlyOne'],
  ['at least one of the options', 'correctMissing'],
  ['true/false', 'booleanMissing'],
  ['at least one accepted answer', 'acceptedMissing'],
];
const fields: EditField[] = ['prompt', 'options', 'correct_options', 'correct_boolean', 'accepted_answers', 'explanation'];

/** A 400's `errors` ("correct_options", "options.2", …) as hints on the card's fields; other keys are left out. */
export function hintsFromProblem(errors: Record<string, string[]>): EditHints {
  const hints: EditHints = {};
  for (const [key, messages] of Object.entries(errors)) {
    const field = fields.find((name) => key === name || key.startsWith(`${name}.`));
    if (!field || hints[field]) continue;
    const text = messages.join(' ');
    hints[field] = serviceMessages.find(([fragment]) => text.includes(fragment))?.[1] ?? 'invalid';
  }
  return hints;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}
