import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { ResendButton, type ResendProps } from './ResendButton';

export type VerificationState = 'checking' | 'verified' | 'invalid' | 'failed';

/** Checking, confirmed, or a link that is expired or already used (with a way to get a new one). */
export function VerifyEmailStatus({ state, signedIn, error, onRetry, resend }: { state: VerificationState; signedIn: boolean; error: unknown; onRetry: () => void; resend: ResendProps }) {
  const { t } = useTranslation('account');
  return (
    <div data-testid="verify-email-status" data-status={state} aria-live="polite">
      {state === 'checking' && <Loading label={t('verify.checking')} />}
      {state === 'verified' && (
        <div className="alert alert-success">
          <p className="alert-title">{t('verify.success')}</p>
          <p className="alert-details">
            <Link to={signedIn ? '/learning' : '/sign-in'}>{signedIn ? t('verify.toLearning') : t('verify.toSignIn')}</Link>
          </p>
        </div>
      )}
      {state === 'invalid' && (
        <div className="alert alert-error">
          <p className="alert-title">{t('verify.invalid')}</p>
          <p className="alert-details">{signedIn ? t('verify.invalidSignedIn') : t('verify.invalidSignedOut')}</p>
          {signedIn ? (
            <ResendButton {...resend} />
          ) : (
            <p className="alert-details">
              <Link to={`/sign-in?next=${encodeURIComponent('/account')}`}>{t('verify.toSignIn')}</Link>
            </p>
          )}
        </div>
      )}
      {state === 'failed' && <ErrorMessage error={error} onRetry={onRetry} />}
    </div>
  );
}
