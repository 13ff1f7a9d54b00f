import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { fieldProblem } from '../lib/problems';
import { useConfirmPasswordReset } from '../api/useConfirmPasswordReset';
import { ResetPasswordForm } from '../components/ResetPasswordForm';
import '../account.css';

/** The page the reset email links to. */
export function ResetPasswordPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('reset.title'));
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const confirm = useConfirmPasswordReset();
  const done = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirm.isSuccess) done.current?.focus();
  }, [confirm.isSuccess]);

  const invalidLink = !token || fieldProblem(confirm.error, 'token') !== undefined;
  return (
    <section className="page narrow auth-page">
      <h1>{t('reset.title')}</h1>
      {confirm.isSuccess ? (
        <div className="alert alert-success" ref={done} tabIndex={-1} data-testid="reset-done">
          <p className="alert-title">{t('reset.done')}</p>
          <p className="alert-details">
            <Link to="/sign-in">{t('reset.toSignIn')}</Link>
          </p>
        </div>
      ) : invalidLink ? (
        <div className="alert alert-error" role="alert" data-testid="reset-invalid">
          <p className="alert-title">{t('reset.invalid')}</p>
          <p className="alert-details">
            <Link to="/forgot-password">{t('reset.askAgain')}</Link>
          </p>
        </div>
      ) : (
        <ResetPasswordForm onSubmit={(password) => confirm.mutate({ token, new_password: password })} pending={confirm.isPending} error={confirm.error} />
      )}
    </section>
  );
}
