import { useTranslation } from 'react-i18next';
import { ResendButton, type ResendProps } from './ResendButton';

/** Shown on the account page until the address is confirmed. */
export function VerifyEmailNotice({ email, resend }: { email: string; resend: ResendProps }) {
  const { t } = useTranslation('account');
  return (
    <aside className="alert alert-info verify-notice" aria-labelledby="verify-notice-title" data-testid="verify-email-notice">
      <p className="alert-title" id="verify-notice-title">
        {t('verify.noticeTitle')}
      </p>
      <p className="alert-details">{t('verify.noticeBody', { email })}</p>
      <ResendButton {...resend} />
    </aside>
  );
}
