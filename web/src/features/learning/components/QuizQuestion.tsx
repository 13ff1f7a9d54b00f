import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { feedbackFor, type Answer, type QuizAction } from '../model/quizAnswers';
import { QuestionTypes, type QuestionView, type QuizAttemptResult } from '../types';
import { QuestionFeedback } from './QuestionFeedback';

/**
 * One question, as its type asks: single choice as a radio group, multiple choice as checkboxes, true/false as two
 * radios, short answer as a text field. Once graded, the inputs are frozen and the feedback follows.
 */
export function QuizQuestion({
  question,
  number,
  total,
  answer,
  result,
  missing,
  dispatch,
}: {
  question: QuestionView;
  number: number;
  total: number;
  answer: Answer | undefined;
  result: QuizAttemptResult | null;
  missing: boolean;
  dispatch: Dispatch<QuizAction>;
}) {
  const { t } = useTranslation('learning');
  const graded = result !== null;
  const feedback = feedbackFor(question, result);
  const fieldId = `question-${question.id}`;
  const missingId = `${fieldId}-missing`;
  const hint =
    question.type === QuestionTypes.multipleChoice
      ? t('quiz.chooseMany')
      : question.type === QuestionTypes.singleChoice
        ? t('quiz.chooseOne')
        : null;

  return (
    <fieldset
      id={fieldId}
      className={['quiz-question', missing ? 'missing' : '', feedback ? (feedback.correct ? 'correct' : 'incorrect') : ''].filter(Boolean).join(' ')}
      disabled={graded}
      aria-describedby={missing ? missingId : undefined}
      tabIndex={-1}
    >
      <legend>
        <span className="quiz-question-number">
          {t('quiz.question', { number, total })} · {t('quiz.points', { count: question.points })}
        </span>
        <span className="quiz-question-prompt">{question.prompt}</span>
      </legend>
      {hint && <p className="muted quiz-hint">{hint}</p>}

      {(question.type === QuestionTypes.singleChoice || question.type === QuestionTypes.multipleChoice) && (
        <div className="quiz-options">
          {question.options.map((option, index) => {
            const selected = answer?.kind === 'choice' && answer.selected.includes(index);
            return (
              <label key={index} className={selected ? 'quiz-option selected' : 'quiz-option'}>
                <input
                  type={question.type === QuestionTypes.multipleChoice ? 'checkbox' : 'radio'}
                  name={fieldId}
                  checked={selected}
                  onChange={(event) => dispatch({ type: 'choose', question, option: index, checked: event.target.checked })}
                />
                <span>{option}</span>
              </label>
            );
          })}
        </div>
      )}

      {question.type === QuestionTypes.trueFalse && (
        <div className="quiz-options quiz-options-inline">
          {[true, false].map((value) => (
            <label key={String(value)} className={answer?.kind === 'boolean' && answer.value === value ? 'quiz-option selected' : 'quiz-option'}>
              <input
                type="radio"
                name={fieldId}
                checked={answer?.kind === 'boolean' && answer.value === value}
                onChange={() => dispatch({ type: 'answer-boolean', questionId: question.id, value })}
              />
              <span>{value ? t('quiz.true') : t('quiz.false')}</span>
            </label>
          ))}
        </div>
      )}

      {question.type === QuestionTypes.shortAnswer && (
        <div className="field">
          <label htmlFor={`${fieldId}-text`}>{t('quiz.yourAnswer')}</label>
          <input
            id={`${fieldId}-text`}
            type="text"
            autoComplete="off"
            maxLength={500}
            value={answer?.kind === 'text' ? answer.text : ''}
            onChange={(event) => dispatch({ type: 'answer-text', questionId: question.id, text: event.target.value })}
          />
        </div>
      )}

      {missing && (
        <p id={missingId} className="field-error">
          {t('quiz.unanswered')}
        </p>
      )}
      {feedback && <QuestionFeedback feedback={feedback} />}
    </fieldset>
  );
}
