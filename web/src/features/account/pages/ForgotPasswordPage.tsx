import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useRequestPasswordReset } from '../api/useRequestPasswordReset';
import { ForgotPasswordForm } from '../components/ForgotPasswordForm';
import '../account.css';

export function ForgotPasswordPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('forgot.title'));
  const request = useRequestPasswordReset();
  return (
    <section className="page narrow auth-page">
      <header className="auth-header">
        <h1>{t('forgot.title')}</h1>
        <p className="muted">{t('forgot.intro')}</p>
      </header>
      <ForgotPasswordForm onSubmit={(email) => request.mutate(email)} pending={request.isPending} error={request.error} sent={request.isSuccess} />
      <p className="auth-switch">
        <Link to="/sign-in">{t('forgot.backToSignIn')}</Link>
      </p>
    </section>
  );
}
