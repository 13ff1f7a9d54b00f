import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import { useSession } from '@/lib/auth/useSession';
import { useVerifyEmail } from '../api/useVerifyEmail';
import { useResendVerification } from '../api/useResendVerification';
import { VerifyEmailStatus, type VerificationState } from '../components/VerifyEmailStatus';
import '../account.css';

/** The page the verification email links to: spends the token once, then says how it went. */
export function VerifyEmailPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const { status } = useSession();
  const verify = useVerifyEmail();
  const resend = useResendVerification();
  const sent = useRef(false);

  useEffect(() => {
    // Once per visit: the token is single-use (and React runs effects twice in development).
    if (!token || sent.current) return;
    sent.current = true;
    verify.mutate(token);
  }, [token, verify]);

  const state: VerificationState = !token
    ? 'invalid'
    : verify.isSuccess
      ? 'verified'
      : verify.isError
        ? isProblem(verify.error, 400)
          ? 'invalid'
          : 'failed'
        : 'checking';

  return (
    <section className="page narrow auth-page">
      <h1>{t('verify.title')}</h1>
      <VerifyEmailStatus
        state={state}
        signedIn={status === 'signed-in'}
        error={verify.error}
        onRetry={() => verify.mutate(token)}
        resend={{ onResend: () => resend.mutate(), pending: resend.isPending, outcome: resend.data, error: resend.error }}
      />
    </section>
  );
}
