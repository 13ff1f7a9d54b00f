import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Field } from '@/components/Field';
import { isProblem } from '@/lib/api/problem';
import {
  editOf,
  hasChanges,
  hintsFromProblem,
  isChoice,
  questionLimits,
  reviewBody,
  toggleCorrect,
  validateEdit,
  type EditField,
  type EditHints,
  type QuestionEdit,
} from '../../lib/questionEdits';
import type { DraftQuestion, QuestionReview, QuestionStatus } from '../../types';
import { QuestionStatusPill } from './QuestionStatusPill';
import { TextAreaField } from '@/components/Field';

type Props = {
  question: DraftQuestion;
  number: number;
  /** Saved or discarded draft: shown, not editable. */
  readOnly: boolean;
  /** This card's decision is being sent. */
  pending: boolean;
  /** Why this card's last decision failed (a 400 names the fields). */
  error: unknown;
  /** Which button sent the decision that just changed this question (the card is new: the focus goes back there). */
  refocus?: ReviewAction | null;
  onReview: (body: QuestionReview, action: ReviewAction) => void;
};

export type ReviewAction = 'approve' | 'reject' | 'edits';

/**
 * One generated question, editable: its prompt, what marks the right answer (by type), its explanation, and the
 * lesson sentence it comes from. Approve or save the edits (checked first: the changed fields and the status go),
 * or reject (the status alone).
 * The host remounts it (a key from the question's content) when the service's answer changes the question.
 */
export function DraftQuestionCard({ question, number, readOnly, pending, error, refocus = null, onReview }: Props) {
  const { t } = useTranslation('ai');
  const id = useId();
  const [edit, setEdit] = useState<QuestionEdit>(() => editOf(question));
  const [hints, setHints] = useState<EditHints>({});
  const approveRef = useRef<HTMLButtonElement>(null);
  const rejectRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Mounted anew with the service's answer: a keyboard user stays where they were (the saved edits' button is now
  // disabled, so the card's heading takes the focus instead).
  useEffect(() => {
    if (refocus === 'approve') approveRef.current?.focus();
    else if (refocus === 'reject') rejectRef.current?.focus();
    else if (refocus === 'edits') headingRef.current?.focus();
    // Only when mounted: the focus is given back once.
  }, []);
  const serverHints = isProblem(error, 400) ? hintsFromProblem(error.errors) : {};
  // A field's hint: the one found on the last click, else what the service said about it.
  const hintFor = (field: EditField) => {
    const code = hints[field] ?? serverHints[field];
    return code ? t(`quiz.review.hints.${code}`) : undefined;
  };
  // An error not about a field (409 read-only, network…) is shown as a whole under the card.
  const otherError = error && !(isProblem(error, 400) && Object.keys(serverHints).length > 0) ? error : null;

  const change = (changes: Partial<QuestionEdit>, fields: EditField[]) => {
    setEdit((current) => ({ ...current, ...changes }));
    setHints((current) => Object.fromEntries(Object.entries(current).filter(([field]) => !fields.includes(field as EditField))));
  };

  // A rejected question leaves the quiz: its edits do not matter, nothing to check.
  const reject = () => {
    setHints({});
    onReview({ status: 'rejected' }, 'reject');
  };

  /** Approve, or save the edits keeping the status: checked first, then the changed fields and the status. */
  const decide = (status: QuestionStatus, action: ReviewAction) => {
    const found = validateEdit(question.type, edit, status === 'approved');
    setHints(found);
    if (Object.keys(found).length > 0) return;
    onReview(reviewBody(question, edit, status), action);
  };

  const titleId = `${id}-title`;
  const optionsHintId = `${id}-options-hint`;
  const optionsErrorId = `${id}-options-error`;
  const optionsError = [hintFor('options'), hintFor('correct_options')].filter(Boolean).join(' ');
  const booleanError = hintFor('correct_boolean');
  const changed = hasChanges(question, edit);

  return (
    <li className={`card quiz-question quiz-question-${question.status}`} data-testid="quiz-draft-question" data-status={question.status} aria-labelledby={titleId}>
      <div className="quiz-question-header">
        <h3 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('quiz.review.question', { number })}
        </h3>
        <span className="badge badge-neutral">{t(`quiz.review.types.${question.type}`)}</span>
        <QuestionStatusPill status={question.status} />
      </div>

      <blockquote className="quiz-source">
        <span className="quiz-source-label">{t('quiz.review.fromLesson')}</span> {t('quiz.review.quote', { sentence: question.source_sentence })}
      </blockquote>

      <fieldset className="quiz-question-fields" disabled={readOnly}>
        <legend className="visually-hidden">{t('quiz.review.question', { number })}</legend>
        <TextAreaField
          label={t('quiz.review.prompt')}
          value={edit.prompt}
          rows={2}
          maxLength={questionLimits.promptMax}
          error={hintFor('prompt')}
          onChange={(event) => change({ prompt: event.target.value }, ['prompt'])}
        />

        {isChoice(question.type) && (
          <fieldset className="quiz-options" aria-describedby={[optionsHintId, optionsError ? optionsErrorId : ''].filter(Boolean).join(' ')}>
            <legend className="label">{t('quiz.review.options')}</legend>
            <p className="field-hint" id={optionsHintId}>
              {question.type === 'single_choice' ? t('quiz.review.optionsHintSingle') : t('quiz.review.optionsHintMultiple')}
            </p>
            <ol className="quiz-option-list">
              {edit.options.map((option, index) => (
                <li key={index} className="quiz-option">
                  <input
                    type={question.type === 'single_choice' ? 'radio' : 'checkbox'}
                    name={`${id}-correct`}
                    checked={edit.correctOptions.includes(index)}
                    aria-label={t('quiz.review.correct', { number: index + 1 })}
                    aria-invalid={hintFor('correct_options') ? true : undefined}
                    onChange={() => change({ correctOptions: toggleCorrect(question.type, edit.correctOptions, index) }, ['correct_options'])}
                  />
                  <input
                    type="text"
                    value={option}
                    maxLength={questionLimits.optionMax}
                    aria-label={t('quiz.review.option', { number: index + 1 })}
                    aria-invalid={hintFor('options') ? true : undefined}
                    onChange={(event) => change({ options: edit.options.map((item, position) => (position === index ? event.target.value : item)) }, ['options'])}
                  />
                  {readOnly && edit.correctOptions.includes(index) && <CorrectMark />}
                </li>
              ))}
            </ol>
            {optionsError && (
              <p className="field-error" id={optionsErrorId}>
                {optionsError}
              </p>
            )}
          </fieldset>
        )}

        {question.type === 'true_false' && (
          <fieldset className="quiz-options" aria-describedby={booleanError ? `${id}-boolean-error` : undefined}>
            <legend className="label">{t('quiz.review.answer')}</legend>
            <div className="quiz-boolean">
              {[true, false].map((value) => (
                <label key={String(value)} className="checkbox">
                  <input type="radio" name={`${id}-boolean`} checked={edit.correctBoolean === value} onChange={() => change({ correctBoolean: value }, ['correct_boolean'])} />
                  {value ? t('quiz.review.true') : t('quiz.review.false')}
                  {readOnly && edit.correctBoolean === value && <CorrectMark />}
                </label>
              ))}
            </div>
            {booleanError && (
              <p className="field-error" id={`${id}-boolean-error`}>
                {booleanError}
              </p>
            )}
          </fieldset>
        )}

        {question.type === 'short_answer' && (
          <Field
            label={t('quiz.review.accepted')}
            hint={t('quiz.review.acceptedHint')}
            value={edit.acceptedAnswers}
            error={hintFor('accepted_answers')}
            onChange={(event) => change({ acceptedAnswers: event.target.value }, ['accepted_answers'])}
          />
        )}

        <TextAreaField
          label={t('quiz.review.explanation')}
          value={edit.explanation}
          rows={2}
          maxLength={questionLimits.explanationMax}
          error={hintFor('explanation')}
          onChange={(event) => change({ explanation: event.target.value }, ['explanation'])}
        />
      </fieldset>

      {otherError ? <ErrorMessage error={otherError} /> : null}

      {!readOnly && (
        <div className="actions quiz-question-actions">
          <button
            ref={approveRef}
            type="button"
            className="button"
            aria-pressed={question.status === 'approved'}
            aria-label={t('quiz.review.approveNamed', { number })}
            disabled={pending}
            data-testid="quiz-approve"
            onClick={() => decide('approved', 'approve')}
          >
            {t('quiz.review.approve')}
          </button>
          <button
            ref={rejectRef}
            type="button"
            className="button button-secondary quiz-reject"
            aria-pressed={question.status === 'rejected'}
            aria-label={t('quiz.review.rejectNamed', { number })}
            disabled={pending}
            data-testid="quiz-reject"
            onClick={reject}
          >
            {t('quiz.review.reject')}
          </button>
          <button
            type="button"
            className="button button-ghost quiz-save-edits"
            aria-label={t('quiz.review.saveEditsNamed', { number })}
            disabled={pending || !changed}
            data-testid="quiz-save-edits"
            onClick={() => decide(question.status, 'edits')}
          >
            {t('quiz.review.saveEdits')}
          </button>
          {pending && (
            <span className="muted" role="status">
              {t('quiz.review.sending')}
            </span>
          )}
        </div>
      )}
    </li>
  );
}

/** A read-only card's right answer, said in words: a disabled radio or checkbox hardly shows it is ticked. */
function CorrectMark() {
  const { t } = useTranslation('ai');
  return (
    <span className="badge badge-success quiz-correct-mark">
      <span aria-hidden="true">✓ </span>
      {t('quiz.review.correctMark')}
    </span>
  );
}
