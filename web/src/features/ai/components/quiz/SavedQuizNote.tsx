import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { lessonEditorPath } from '../../lib/paths';

type Props = {
  courseId: string;
  /** The new quiz lesson. */
  lessonId: string;
  /** How many questions it has, when just saved (not known when coming back to a saved draft). */
  questions?: number;
  /** Just saved here: take the focus, the form it replaces is gone. */
  focus?: boolean;
};

/** The draft became a quiz lesson: where it is, and a link to edit it. */
export function SavedQuizNote({ courseId, lessonId, questions, focus = false }: Props) {
  const { t } = useTranslation('ai');
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <div className="alert alert-success quiz-saved" role="status" tabIndex={-1} ref={ref} data-testid="quiz-saved">
      <p className="alert-title">{questions === undefined ? t('quiz.review.savedShort') : t('quiz.review.saved', { count: questions })}</p>
      <p className="alert-details">{t('quiz.review.savedNote')}</p>
      <p className="alert-details">
        <Link to={lessonEditorPath(courseId, lessonId)} className="button button-secondary" data-testid="quiz-saved-link">
          {t('quiz.review.openQuiz')}
        </Link>
      </p>
    </div>
  );
}
