import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { quizDraftPath } from '../../lib/paths';
import { reviewCounts } from '../../lib/quizReview';
import type { QuizDraft } from '../../types';

/** The lesson's quiz drafts still open or saved, each a link to its review page. Nothing when there are none. */
export function LessonDraftList({ drafts }: { drafts: QuizDraft[] }) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  const headingId = useId();
  if (drafts.length === 0) return null;
  return (
    <div className="quiz-drafts">
      <h3 id={headingId}>{t('quiz.generator.drafts')}</h3>
      <ul aria-labelledby={headingId}>
        {drafts.map((draft) => (
          <li key={draft.id} data-testid="quiz-draft-link">
            <Link to={quizDraftPath(draft.course_id, draft.id)}>{t('quiz.generator.draftOf', { date: format.dateTime(draft.created_at) })}</Link>{' '}
            <span className={draft.status === 'saved' ? 'badge badge-success' : 'badge badge-warning'}>{t(`quiz.generator.status.${draft.status}`)}</span>{' '}
            <span className="muted">{t('quiz.generator.approvedOf', { count: reviewCounts(draft.questions).approved, total: draft.questions.length })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
