import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';

/** "Mark as complete" for video, text and exercise lessons; once done it stays as a (disabled) confirmation. */
export function MarkCompleteButton({
  completed,
  pending,
  error,
  onComplete,
}: {
  completed: boolean;
  pending: boolean;
  error: unknown;
  onComplete: () => void;
}) {
  const { t } = useTranslation('learning');
  return (
    <div className="mark-complete">
      <button
        type="button"
        className={completed ? 'button button-secondary is-complete' : 'button'}
        data-testid="mark-complete"
        disabled={completed || pending}
        onClick={onComplete}
      >
        {completed && <span aria-hidden="true">✓ </span>}
        {completed ? t('player.lessonCompleted') : pending ? t('player.saving') : t('player.markComplete')}
      </button>
      <span className="visually-hidden" role="status">
        {completed ? t('player.completedStatus') : ''}
      </span>
      {error !== null && error !== undefined && <ErrorMessage error={error} />}
    </div>
  );
}
