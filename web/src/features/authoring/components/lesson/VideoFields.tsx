import { useTranslation } from 'react-i18next';
import { Field, TextAreaField } from '@/components/Field';
import type { FieldErrors } from '../../model/fieldErrors';
import type { LessonDraft } from '../../model/lessonForm';
import { isMediaReference } from '../../model/mediaReference';
import { useFieldMessage } from '../FormControls';
import { MediaUpload } from '../MediaUpload';
import { DurationField } from './DurationField';

type Video = LessonDraft['video'];

/** The length of a local video file, read by the browser before (or while) it is uploaded. Null when unreadable. */
function readDuration(file: File): Promise<number | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    video.preload = 'metadata';
    const done = (value: number | null) => {
      URL.revokeObjectURL(url);
      resolve(value);
    };
    video.onloadedmetadata = () => done(Number.isFinite(video.duration) ? Math.round(video.duration) : null);
    video.onerror = () => done(null);
    video.src = url;
  });
}

export function VideoFields({ courseId, video, onChange, errors }: { courseId: string; video: Video; onChange: (change: Partial<Video>) => void; errors: FieldErrors }) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  const uploaded = isMediaReference(video.url) && video.previewUrl;
  return (
    <fieldset className="card form-section">
      <legend>{t('lesson.video.legend')}</legend>
      {uploaded ? (
        <video className="video-preview" controls preload="metadata" src={video.previewUrl} aria-label={t('lesson.video.player')} />
      ) : video.url ? (
        <p className="muted">{t('lesson.video.external', { url: video.url })}</p>
      ) : (
        <p className="muted">{t('lesson.video.none')}</p>
      )}
      <MediaUpload
        courseId={courseId}
        label={t('lesson.video.upload')}
        hint={t('lesson.video.uploadHint')}
        accept="video/mp4,video/webm"
        onUploaded={(media, file) => {
          onChange({ url: media.reference, previewUrl: media.url });
          void readDuration(file).then((seconds) => {
            if (seconds !== null) onChange({ durationSeconds: seconds });
          });
        }}
      />
      <Field
        label={t('lesson.video.url')}
        hint={t('lesson.video.urlHint')}
        value={video.url}
        error={message(errors['video.url'])}
        onChange={(event) => onChange({ url: event.target.value, previewUrl: '' })}
        data-testid="video-url-input"
      />
      <DurationField legend={t('lesson.video.length')} seconds={video.durationSeconds} onChange={(durationSeconds) => onChange({ durationSeconds })} error={message(errors['video.duration_seconds'])} />
      <TextAreaField label={t('lesson.video.transcript')} hint={t('lesson.video.transcriptHint')} value={video.transcript} rows={6} onChange={(event) => onChange({ transcript: event.target.value })} />
      <Field label={t('lesson.video.thumbnail')} type="url" value={video.thumbnailUrl} error={message(errors['video.thumbnail_url'])} onChange={(event) => onChange({ thumbnailUrl: event.target.value })} />
    </fieldset>
  );
}
