import { useTranslation } from 'react-i18next';
import { localeOf } from '@/lib/i18n/i18n';
import type { QuestionFeedback as Feedback } from '../model/quizAnswers';

/** Right or wrong (in words and a symbol, not only a colour), the points, the right answer and why, when revealed. */
export function QuestionFeedback({ feedback }: { feedback: Feedback }) {
  const { t, i18n } = useTranslation('learning');
  const list = (items: string[], type: 'conjunction' | 'disjunction') => new Intl.ListFormat(localeOf(i18n.language), { type }).format(items);
  const answer = feedback.correctAnswer;
  return (
    <div className={feedback.correct ? 'quiz-feedback correct' : 'quiz-feedback incorrect'}>
      <p className="quiz-feedback-verdict">
        <span aria-hidden="true">{feedback.correct ? '✓ ' : '✗ '}</span>
        {feedback.correct ? t('quiz.correct') : t('quiz.incorrect')}
        <span className="muted"> · {t('quiz.earned', { earned: feedback.earned, points: feedback.points })}</span>
      </p>
      {answer?.kind === 'options' && (
        <p>{t(answer.labels.length > 1 ? 'quiz.correctAnswers' : 'quiz.correctAnswer', { answer: list(answer.labels, 'conjunction') })}</p>
      )}
      {answer?.kind === 'boolean' && <p>{t('quiz.correctAnswer', { answer: answer.value ? t('quiz.true') : t('quiz.false') })}</p>}
      {answer?.kind === 'text' && <p>{t('quiz.acceptedAnswers', { answer: list(answer.accepted, 'disjunction') })}</p>}
      {feedback.explanation && (
        <p>
          <strong>{t('quiz.explanation')}</strong> {feedback.explanation}
        </p>
      )}
    </div>
  );
}
