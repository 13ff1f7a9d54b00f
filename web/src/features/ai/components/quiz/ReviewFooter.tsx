import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Field } from '@/components/Field';
import { parsePassingScore, saveBody } from '../../lib/quizReview';
import type { SaveQuizRequest } from '../../types';

type Props = {
  approved: number;
  /** The source lesson's title: the quiz's name when none is written. */
  lessonTitle: string;
  pending: boolean;
  error: unknown;
  onSave: (body: SaveQuizRequest) => void;
};

/** The end of the review: how many questions go into the quiz, its passing score and title, and saving it. */
export function ReviewFooter({ approved, lessonTitle, pending, error, onSave }: Props) {
  const { t } = useTranslation('ai');
  const headingId = useId();
  const [score, setScore] = useState('70');
  const [title, setTitle] = useState('');
  const [touched, setTouched] = useState(false);
  const passingScore = parsePassingScore(score);
  const defaultTitle = t('quiz.review.footer.defaultTitle', { title: lessonTitle });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (passingScore === null || approved === 0) return;
    onSave(saveBody(passingScore, title));
  };

  return (
    <section className="card quiz-footer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('quiz.review.footer.title')}</h2>
      <p className="quiz-approved-count" aria-live="polite" data-testid="quiz-approved-count" data-count={approved}>
        <strong>{t('quiz.review.footer.approved', { count: approved })}</strong>
        {approved === 0 && <span className="muted"> · {t('quiz.review.footer.noneApproved')}</span>}
      </p>
      <form className="form quiz-footer-form" onSubmit={submit} noValidate>
        <div className="quiz-footer-fields">
          <Field
            label={t('quiz.review.footer.passingScore')}
            hint={t('quiz.review.footer.passingScoreHint')}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step={1}
            value={score}
            error={touched && passingScore === null ? t('quiz.review.footer.passingScoreInvalid') : undefined}
            onChange={(event) => setScore(event.target.value)}
            onBlur={() => setTouched(true)}
          />
          <Field
            label={t('quiz.review.footer.quizTitle')}
            hint={t('quiz.review.footer.quizTitleHint', { title: defaultTitle })}
            maxLength={200}
            value={title}
            placeholder={defaultTitle}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        {error ? <ErrorMessage error={error} /> : null}
        <div className="actions">
          <button type="submit" className="button" disabled={approved === 0 || pending} data-testid="quiz-save">
            {pending ? t('quiz.review.footer.saving') : t('quiz.review.footer.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
