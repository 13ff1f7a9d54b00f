import { useId, type FormEvent, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

/** The service's limit on a question (ChatRequest.message.maxLength). */
export const maxQuestionLength = 2000;

/**
 * Where the learner writes a question: Enter sends, Shift+Enter goes to a new line. Controlled (the panel puts a
 * question back here when it could not be answered). While an answer is being written, sending waits and "Stop"
 * appears instead.
 */
export function TutorComposer({
  value,
  onChange,
  onSend,
  onStop,
  streaming,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  onSend: (question: string) => void;
  onStop: () => void;
  streaming: boolean;
  inputRef?: Ref<HTMLTextAreaElement>;
}) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  const id = useId();
  const question = value.trim();
  const canSend = !streaming && question.length > 0;

  const send = () => {
    if (canSend) onSend(question);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Not while an input method is composing a character (Enter there picks the character).
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <form className="tutor-composer" onSubmit={onSubmit}>
      <label htmlFor={`${id}-question`}>{t('tutor.input')}</label>
      <textarea
        id={`${id}-question`}
        ref={inputRef}
        data-testid="tutor-input"
        value={value}
        maxLength={maxQuestionLength}
        rows={3}
        placeholder={t('tutor.placeholder')}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="tutor-composer-footer">
        <p className="tutor-composer-hint muted" id={`${id}-hint`}>
          {t('tutor.hint')}
        </p>
        <p className="tutor-composer-count muted" id={`${id}-count`}>
          {t('tutor.count', { length: format.number(value.length), max: format.number(maxQuestionLength) })}
        </p>
      </div>
      <div className="tutor-composer-actions">
        {streaming && (
          <button type="button" className="button button-secondary" onClick={onStop}>
            <span aria-hidden="true">■ </span>
            {t('tutor.stop')}
          </button>
        )}
        <button type="submit" className="button" data-testid="tutor-send" disabled={!canSend}>
          {streaming ? t('tutor.sending') : t('tutor.send')}
        </button>
      </div>
    </form>
  );
}
