import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = {
  /** The button that asks first. */
  label: ReactNode;
  /** Its accessible name when the visible label is short ("Delete" → "Delete module X"). */
  ariaLabel?: string;
  question: string;
  onConfirm: () => void;
  pending?: boolean;
  danger?: boolean;
  className?: string;
  testId?: string;
};

/**
 * A destructive action asked twice, in the page rather than in a browser dialog: the question takes the focus, Escape
 * or "Cancel" puts it back on the button.
 */
export function ConfirmAction({ label, ariaLabel, question, onConfirm, pending, danger = true, className, testId }: Props) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) panel.current?.focus();
    else if (wasAsking.current) trigger.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (asking) {
    return (
      <div
        className="confirm"
        role="alertdialog"
        aria-label={question}
        tabIndex={-1}
        ref={panel}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setAsking(false);
        }}
      >
        <p className="confirm-question">{question}</p>
        <div className="actions">
          <button
            type="button"
            className={danger ? 'button button-danger' : 'button'}
            disabled={pending}
            data-testid={testId ? `${testId}-confirm` : undefined}
            onClick={() => {
              onConfirm();
              setAsking(false);
            }}
          >
            {t('actions.confirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setAsking(false)}>
            {t('actions.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <button
      ref={trigger}
      type="button"
      className={className ?? (danger ? 'button button-danger' : 'button button-secondary')}
      aria-label={ariaLabel}
      disabled={pending}
      data-testid={testId}
      onClick={() => setAsking(true)}
    >
      {label}
    </button>
  );
}
