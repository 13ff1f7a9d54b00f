import { useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string | undefined;
  rows?: number;
  testId?: string;
};

/** Markdown on the left, what learners will see on the right (sanitized by the shared Markdown component), live. */
export function MarkdownEditor({ label, value, onChange, hint, error, rows = 14, testId }: Props) {
  const { t } = useTranslation('authoring');
  const id = useId();
  // Typing stays fluid on long lessons: the preview may lag a keystroke behind.
  const preview = useDeferredValue(value);
  const described = [`${id}-help`, hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div className="markdown-editor">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <textarea id={id} rows={rows} value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} aria-describedby={described} data-testid={testId} spellCheck />
        <p className="field-hint" id={`${id}-help`}>
          {t('markdown.help')}
        </p>
        {hint && (
          <p className="field-hint" id={`${id}-hint`}>
            {hint}
          </p>
        )}
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
      <section className="markdown-preview" aria-label={t('markdown.previewOf', { label })}>
        <p className="markdown-preview-title" aria-hidden="true">
          {t('markdown.preview')}
        </p>
        {preview.trim() ? <Markdown source={preview} /> : <p className="muted">{t('markdown.previewEmpty')}</p>}
      </section>
    </div>
  );
}
