import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A duration typed as minutes and seconds, kept in seconds as the API counts it. */
export function DurationField({ legend, seconds, onChange, error }: { legend: string; seconds: number; onChange: (seconds: number) => void; error?: string | undefined }) {
  const { t } = useTranslation('authoring');
  const id = useId();
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const read = (value: string) => Math.max(0, Math.floor(Number(value) || 0));
  return (
    <fieldset className="duration-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="label">{legend}</legend>
      <div className="form-row compact">
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('lesson.minutes')}</label>
          <input id={`${id}-minutes`} type="number" min={0} max={1440} inputMode="numeric" value={minutes} aria-invalid={error ? true : undefined} onChange={(event) => onChange(read(event.target.value) * 60 + rest)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-seconds`}>{t('lesson.seconds')}</label>
          <input id={`${id}-seconds`} type="number" min={0} max={59} inputMode="numeric" value={rest} aria-invalid={error ? true : undefined} onChange={(event) => onChange(minutes * 60 + Math.min(59, read(event.target.value)))} />
        </div>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
