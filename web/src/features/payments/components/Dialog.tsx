import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal dialog (the browser's own <dialog>: focus kept inside, Escape closes, the page behind inert). Mounted only
 * while open; focus returns to what opened it when it closes.
 */
export function Dialog({ title, onClose, children, testId }: { title: string; onClose: () => void; children: ReactNode; testId?: string }) {
  const { t } = useTranslation('payments');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useLayoutEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // jsdom (unit tests) has no showModal: the dialog is then simply open.
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open && typeof dialog.close === 'function') dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="pay-dialog"
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(event) => {
        // Escape: let React unmount it rather than the browser closing it behind React's back.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="pay-dialog-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="button button-ghost pay-dialog-close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="visually-hidden">{t('dialog.close')}</span>
        </button>
      </div>
      <div className="pay-dialog-body">{children}</div>
    </dialog>
  );
}
