import { Link, Navigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useSession } from '@/lib/auth/useSession';
import { isLanguage } from '@/lib/i18n/i18n';
import { useSignUp } from '../api/useSignUp';
import { SignUpForm } from '../components/SignUpForm';
import { CheckInbox } from '../components/CheckInbox';
import { safeNextPath } from '../lib/safeNext';
import '../account.css';

export function SignUpPage() {
  const { t, i18n } = useTranslation('account');
  useDocumentTitle(t('signUp.title'));
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const { status } = useSession();
  const signUp = useSignUp();

  if (signUp.isSuccess) {
    return (
      <section className="page narrow auth-page">
        <CheckInbox email={signUp.data.user.email} next={next} />
      </section>
    );
  }
  // Already signed in (not by this form, which is still pending while the session opens): nothing to do here.
  if (status === 'signed-in' && !signUp.isPending) return <Navigate to={next} replace />;

  return (
    <section className="page narrow auth-page">
      <header className="auth-header">
        <h1>{t('signUp.title')}</h1>
        <p className="muted">{t('signUp.intro')}</p>
      </header>
      <SignUpForm
        defaultLanguage={isLanguage(i18n.language) ? i18n.language : 'fr'}
        onSubmit={(values) => signUp.mutate(values)}
        pending={signUp.isPending}
        error={signUp.error}
      />
      <p className="auth-switch">
        {t('signUp.haveAccount')} <Link to={params.get('next') ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>{t('signUp.signIn')}</Link>
      </p>
    </section>
  );
}
