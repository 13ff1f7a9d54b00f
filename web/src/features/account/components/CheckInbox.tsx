import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/** After signing up: the account is open, the verification link is in the inbox; on to learning. */
export function CheckInbox({ email, next }: { email: string; next: string }) {
  const { t } = useTranslation('account');
  const heading = useRef<HTMLHeadingElement>(null);
  // The form is gone: focus moves to what replaced it, so screen readers read it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="card check-inbox" data-testid="sign-up-done">
      <h1 ref={heading} tabIndex={-1}>
        {t('signUp.doneTitle')}
      </h1>
      <p>{t('signUp.doneInbox', { email })}</p>
      <p className="muted">{t('signUp.doneLater')}</p>
      <div className="actions">
        <Link to={next} className="button">
          {t('signUp.continue')}
        </Link>
      </div>
    </div>
  );
}
