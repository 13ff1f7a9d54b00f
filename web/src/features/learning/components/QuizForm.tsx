import { useReducer, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isProblem } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { initialQuizState, quizReducer, toAttemptRequest, unanswered } from '../model/quizAnswers';
import type { LessonView, QuizAttemptRequest, QuizAttemptResult, QuizView } from '../types';
import { QuizQuestion } from './QuizQuestion';
import { QuizResultSummary } from './QuizResultSummary';

/**
 * A quiz, answered and submitted; its data and the submission come in as props (the page wires them to the service),
 * so the whole answering flow is testable on its own. The answer state lives in the pure quizAnswers module.
 */
export function QuizForm({
  quiz,
  progress,
  onSubmit,
  submitting,
  submitError,
  onRetry,
  completionPathFor,
}: {
  quiz: QuizView;
  progress: LessonView['progress'];
  /** Sends the attempt; resolves with the grading (a rejection is shown through `submitError`). */
  onSubmit: (request: QuizAttemptRequest) => Promise<QuizAttemptResult>;
  submitting: boolean;
  submitError: unknown;
  onRetry?: () => void;
  /** Where to go when this attempt completed the course (null: it did not). */
  completionPathFor: (result: QuizAttemptResult) => string | null;
}) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const [state, dispatch] = useReducer(quizReducer, quiz.questions, initialQuizState);
  const resultRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const total = quiz.questions.length;

  if (total === 0) return <p className="muted">{t('quiz.empty')}</p>;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = unanswered(quiz.questions, state.answers);
    if (missing.length > 0) {
      dispatch({ type: 'incomplete', missing });
      formRef.current?.querySelector<HTMLElement>(`#question-${CSS.escape(missing[0] ?? '')}`)?.focus();
      return;
    }
    try {
      const result = await onSubmit(toAttemptRequest(quiz.questions, state.answers));
      dispatch({ type: 'graded', result });
      // The outcome is announced and shown first: focus moves to it (its region is live as well).
      requestAnimationFrame(() => {
        resultRef.current?.focus();
        resultRef.current?.scrollIntoView?.({ block: 'start', behavior: 'smooth' });
      });
    } catch {
      // Shown through submitError by the caller.
    }
  };

  const retry = () => {
    dispatch({ type: 'retry', questions: quiz.questions });
    onRetry?.();
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('fieldset')?.focus());
  };

  return (
    <form ref={formRef} className="quiz" onSubmit={(event) => void submit(event)} noValidate>
      <div className="quiz-intro">
        <p>
          {t('quiz.intro', { count: total, passing: quiz.passing_score })}
          {' · '}
          {quiz.max_attempts === null ? t('quiz.unlimitedAttempts') : t('quiz.attemptsAllowed', { count: quiz.max_attempts })}
        </p>
        {progress?.quiz_best_score !== null && progress?.quiz_best_score !== undefined && (
          <p className="muted">{t('quiz.bestScore', { score: format.number(progress.quiz_best_score, 1) })}</p>
        )}
        {progress?.completed_at && <p className="badge badge-success">{t('quiz.passedBefore')}</p>}
      </div>

      <div aria-live="polite">
        {state.result && (
          <QuizResultSummary ref={resultRef} result={state.result} onRetry={retry} completionPath={completionPathFor(state.result)} />
        )}
      </div>

      {quiz.questions.map((question, index) => (
        <QuizQuestion
          key={question.id}
          question={question}
          number={index + 1}
          total={total}
          answer={state.answers[question.id]}
          result={state.result}
          missing={state.missing.includes(question.id)}
          dispatch={dispatch}
        />
      ))}

      {!state.result && (
        <div className="quiz-submit">
          {state.missing.length > 0 && (
            <p className="field-error" role="alert">
              {t('quiz.missing', { count: state.missing.length })}
            </p>
          )}
          {submitError !== null && submitError !== undefined && (
            isProblem(submitError, 422) ? (
              <div className="alert alert-error" role="alert">
                <p className="alert-title">{t('quiz.noAttemptsProblem')}</p>
              </div>
            ) : (
              <ErrorMessage error={submitError} />
            )
          )}
          <button type="submit" className="button" data-testid="quiz-submit" disabled={submitting}>
            {submitting ? t('quiz.submitting') : t('quiz.submit')}
          </button>
        </div>
      )}
    </form>
  );
}
