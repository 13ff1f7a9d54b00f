import { useTranslation } from 'react-i18next';
import { isProblem } from '@/lib/api/problem';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useFormat } from '@/lib/format';
import type { ResendOutcome } from '../api/useResendVerification';
import { retryAfterSeconds } from '../lib/problems';

export type ResendProps = { onResend: () => void; pending: boolean; outcome: ResendOutcome | undefined; error: unknown };

/** "Send the link again", then what happened, in a live region. */
export function ResendButton({ onResend, pending, outcome, error }: ResendProps) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const seconds = isProblem(error, 429) ? retryAfterSeconds(error) : undefined;
  return (
    <div className="resend">
      <button type="button" className="button button-secondary" onClick={onResend} disabled={pending || outcome === 'sent'}>
        {pending ? t('verify.resending') : t('verify.resend')}
      </button>
      <div aria-live="polite">
        {outcome === 'sent' && <p className="resend-result">{t('verify.resent')}</p>}
        {outcome === 'already-verified' && <p className="resend-result">{t('verify.alreadyVerified')}</p>}
      </div>
      {error != null &&
        (isProblem(error, 429) ? (
          <p className="field-error" role="alert">
            {seconds ? t('verify.resendThrottledFor', { wait: format.seconds(seconds) }) : t('verify.resendThrottled')}
          </p>
        ) : (
          <ErrorMessage error={error} />
        ))}
    </div>
  );
}
