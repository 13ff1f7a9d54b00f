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

/** A polite live region: what changed after an action (saved, moved, added), read out without moving focus. */
export function LiveMessage({ message, className }: { message: string; className?: string }) {
  return (
    <p className={className ?? 'visually-hidden'} role="status" aria-live="polite">
      {message}
    </p>
  );
}
