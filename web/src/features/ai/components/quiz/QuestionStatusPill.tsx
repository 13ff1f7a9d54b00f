import { useTranslation } from 'react-i18next';
import type { QuestionStatus } from '../../types';

const looks: Record<QuestionStatus, { className: string; mark: string }> = {
  pending: { className: 'badge badge-warning', mark: '…' },
  approved: { className: 'badge badge-success', mark: '✓' },
  rejected: { className: 'badge badge-danger', mark: '✕' },
};

/** Where a question stands, in words (the colour and the mark only repeat them). */
export function QuestionStatusPill({ status }: { status: QuestionStatus }) {
  const { t } = useTranslation('ai');
  const look = looks[status];
  return (
    <span className={`${look.className} quiz-status`} data-testid="quiz-question-status" data-status={status}>
      <span className="visually-hidden">{t('quiz.review.statusLabel')} </span>
      <span aria-hidden="true">{look.mark} </span>
      {t(`quiz.review.status.${status}`)}
    </span>
  );
}
