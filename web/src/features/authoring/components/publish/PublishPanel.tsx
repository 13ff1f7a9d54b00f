import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isProblem } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { ConfirmAction } from '../ConfirmAction';
import { LiveMessage } from '../FormControls';
import { StatusBadge } from '../StatusBadge';
import { PublishReasons } from './PublishReasons';

type Props = {
  course: { title: string; status: string; published_at: string | null };
  busy: boolean;
  /** The last publish/unpublish/archive/delete failure. */
  error: unknown;
  /** What the last successful action did, announced. */
  message: string;
  onPublish: () => void;
  onUnpublish: () => void;
  onArchive: () => void;
  onDelete: () => void;
};

/** Where the course stands and what can be done with it now: publish (or why not), withdraw, archive, delete. */
export function PublishPanel({ course, busy, error, message, onPublish, onUnpublish, onArchive, onDelete }: Props) {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  const { status } = course;
  const refused = isProblem(error, 422);
  const conflict = isProblem(error, 409);
  return (
    <div className="publish-panel">
      <h2>{t('publish.title')}</h2>
      <div className="card publish-status">
        <p>
          {t('publish.currentStatus')} <StatusBadge status={status} />
        </p>
        <p className="muted">
          {status === 'published' && course.published_at
            ? t('publish.publishedText', { date: format.date(course.published_at) })
            : status === 'archived'
              ? t('publish.archivedText')
              : t('publish.draftText')}
        </p>
        <div className="actions">
          {status !== 'published' && (
            <button type="button" className="button" disabled={busy} onClick={onPublish} data-testid="publish-course">
              {busy ? t('publish.publishing') : t('publish.publish')}
            </button>
          )}
          {status === 'published' && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={onUnpublish} data-testid="unpublish-course">
              {t('publish.unpublish')}
            </button>
          )}
          {status === 'archived' && (
            <button type="button" className="button button-secondary" disabled={busy} onClick={onUnpublish} data-testid="restore-course">
              {t('publish.restore')}
            </button>
          )}
        </div>
        <LiveMessage message={message} className="saved-message" />
      </div>

      {refused && <PublishReasons error={error} />}
      {conflict && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('publish.deleteConflict')}</p>
        </div>
      )}
      {error !== null && error !== undefined && !refused && !conflict && <ErrorMessage error={error} />}

      <section className="card danger-zone" aria-labelledby="danger-zone-title">
        <h3 id="danger-zone-title">{t('publish.dangerZone')}</h3>
        <div className="actions">
          {status !== 'archived' && (
            <ConfirmAction label={t('publish.archive')} question={t('publish.archiveConfirm', { title: course.title })} onConfirm={onArchive} pending={busy} danger={false} testId="archive-course" />
          )}
          {status !== 'published' && (
            <ConfirmAction label={t('publish.delete')} question={t('publish.deleteConfirm', { title: course.title })} onConfirm={onDelete} pending={busy} testId="delete-course" />
          )}
        </div>
      </section>
    </div>
  );
}
