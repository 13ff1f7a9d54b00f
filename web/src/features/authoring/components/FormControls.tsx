import { useId, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { FieldMessage } from '../model/fieldErrors';

/** A field's problem as a sentence: ours translated, the service's quoted (it writes English). */
export function useFieldMessage() {
  const { t } = useTranslation('authoring');
  const format = useFormat();
  return (message: FieldMessage | undefined): string | undefined => {
    if (!message) return undefined;
    if ('serverText' in message) return t('validation.server', { message: message.serverText });
    // Limits read as numbers are written in the reader's way ("10 000", "10,000").
    const values = Object.fromEntries(Object.entries(message.values ?? {}).map(([name, value]) => [name, typeof value === 'number' ? format.number(value) : value]));
    return t(message.key, values);
  };
}

type Described = { label: string; hint?: ReactNode; error?: string | undefined };

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function Help({ id, hint, error }: { id: string; hint: ReactNode; error: string | undefined }) {
  return (
    <>
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
    </>
  );
}

export function TextAreaField({ label, hint, error, ...textarea }: Described & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...textarea} />
      <Help id={id} hint={hint} error={error} />
    </div>
  );
}

export function SelectField({ label, hint, error, options, ...select }: Described & { options: { value: string; label: string }[] } & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <Help id={id} hint={hint} error={error} />
    </div>
  );
}

/** A polite live region: what changed after an action (saved, moved, added), read out without moving focus. */
export function LiveMessage({ message, className }: { message: string; className?: string }) {
  return (
    <p className={className ?? 'visually-hidden'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
