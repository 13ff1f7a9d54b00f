import { forwardRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { canRetry } from '../model/quizAnswers';
import type { QuizAttemptResult } from '../types';

/** The attempt's outcome: score, passed or not, attempts left, and what to do next (retry, or the course's end). */
export const QuizResultSummary = forwardRef<
  HTMLDivElement,
  { result: QuizAttemptResult; onRetry: () => void; completionPath: string | null }
>(function QuizResultSummary({ result, onRetry, completionPath }, ref) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const answersHidden = !result.passed && result.attempts_left !== 0;
  return (
    <div
      ref={ref}
      className={result.passed ? 'quiz-result alert alert-success' : 'quiz-result alert alert-error'}
      data-testid="quiz-result"
      data-passed={result.passed}
      tabIndex={-1}
    >
      <h2 className="quiz-result-title">{t('quiz.resultTitle', { number: result.number })}</h2>
      <p className="quiz-score">{t('quiz.score', { score: format.number(result.score, 1), passing: result.passing_score })}</p>
      <p className="alert-title">
        <span aria-hidden="true">{result.passed ? '✓ ' : '✗ '}</span>
        {result.passed ? t('quiz.passed') : t('quiz.failed', { passing: result.passing_score })}
      </p>
      {result.attempts_left !== null &&
        (result.attempts_left > 0 ? (
          <p>{t('quiz.attemptsLeft', { count: result.attempts_left })}</p>
        ) : (
          <p>{t('quiz.noAttemptsLeft')}</p>
        ))}
      {answersHidden && <p className="quiz-hidden-answers">{t('quiz.answersHidden')}</p>}
      {completionPath && (
        <p>
          <strong>{t('quiz.courseCompleted')}</strong>{' '}
          <Link to={completionPath} className="button">
            {t('quiz.seeCompletion')}
          </Link>
        </p>
      )}
      {canRetry(result) && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('quiz.retry')}
        </button>
      )}
    </div>
  );
});
