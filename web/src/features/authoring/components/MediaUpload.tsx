import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { localeOf } from '@/lib/i18n/i18n';
import { useMediaUpload } from '../api/uploadMedia';
import type { MediaView } from '../model/types';

type Props = {
  courseId: string;
  label: string;
  hint?: string;
  accept: string;
  onUploaded: (media: MediaView, file: File) => void;
  testId?: string;
  progressTestId?: string;
};

/** "12,5 Mo" / "12.5 MB". */
export function formatBytes(bytes: number, language: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

/**
 * A file sent to the course's media with a real progress bar. The bar's value changes silently (a screen reader can
 * query it); only the start and the end are announced.
 */
export function MediaUpload({ courseId, label, hint, accept, onUploaded, testId = 'media-upload', progressTestId = 'upload-progress' }: Props) {
  const { t, i18n } = useTranslation('authoring');
  const id = useId();
  const [inputKey, setInputKey] = useState(0);
  const { state, start, cancel } = useMediaUpload(courseId, (media, file) => {
    onUploaded(media, file);
    // A fresh input, so that choosing the same file again uploads it again.
    setInputKey((key) => key + 1);
  });

  const uploading = state.status === 'uploading';
  return (
    <div className="media-upload">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          key={inputKey}
          id={id}
          type="file"
          accept={accept}
          disabled={uploading}
          aria-describedby={hint ? `${id}-hint` : undefined}
          data-testid={testId}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void start(file);
          }}
        />
        {hint && (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
      </div>
      {uploading && (
        <div className="upload-progress">
          <progress
            max={100}
            value={state.percent}
            data-testid={progressTestId}
            aria-label={t('upload.progress', { name: state.fileName, percent: state.percent })}
          />
          <span aria-hidden="true">{t('upload.progress', { name: state.fileName, percent: state.percent })}</span>
          <button type="button" className="button button-ghost" onClick={cancel}>
            {t('upload.cancel')}
          </button>
        </div>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {uploading ? t('upload.started', { name: state.fileName }) : state.status === 'done' ? t('upload.done', { name: state.media.file_name, size: formatBytes(state.media.size_bytes, i18n.language) }) : ''}
      </p>
      {state.status === 'done' && (
        <p className="upload-done" aria-hidden="true">
          ✓ {t('upload.done', { name: state.media.file_name, size: formatBytes(state.media.size_bytes, i18n.language) })}
        </p>
      )}
      {state.status === 'failed' && <ErrorMessage error={state.error} />}
    </div>
  );
}
