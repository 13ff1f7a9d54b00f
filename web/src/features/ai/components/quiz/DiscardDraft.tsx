import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';

/**
 * "Discard the draft", asked twice in the page (not a browser dialog): the question takes the focus; Escape or
 * "Cancel" gives it back to the button.
 */
export function DiscardDraft({ pending, error, onDiscard }: { pending: boolean; error: unknown; onDiscard: () => void }) {
  const { t } = useTranslation('ai');
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) panel.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  return (
    <div className="quiz-discard">
      {asking ? (
        <div
          className="ai-confirm"
          role="alertdialog"
          aria-label={t('quiz.review.discardQuestion')}
          tabIndex={-1}
          ref={panel}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setAsking(false);
          }}
        >
          <p className="ai-confirm-question">{t('quiz.review.discardQuestion')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-danger"
              disabled={pending}
              data-testid="quiz-discard-confirm"
              onClick={() => {
                onDiscard();
                setAsking(false);
              }}
            >
              {t('quiz.review.discardConfirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
              {t('quiz.review.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={trigger} type="button" className="button button-ghost quiz-discard-button" disabled={pending} data-testid="quiz-discard" onClick={() => setAsking(true)}>
          {t('quiz.review.discard')}
        </button>
      )}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
