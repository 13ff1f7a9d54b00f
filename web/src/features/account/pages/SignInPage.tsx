import { useEffect } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { useSession } from '@/lib/auth/useSession';
import { useSignIn } from '../api/useSignIn';
import { SignInForm } from '../components/SignInForm';
import { safeNextPath } from '../lib/safeNext';
import '../account.css';

export function SignInPage() {
  const { t } = useTranslation('account');
  useDocumentTitle(t('signIn.title'));
  const [params] = useSearchParams();
  const nextParam = params.get('next');
  const next = safeNextPath(nextParam);
  const navigate = useNavigate();
  const { status } = useSession();
  const signIn = useSignIn();

  // Signed in (just now, or already when arriving here): on to where the person was going.
  useEffect(() => {
    if (status === 'signed-in') navigate(next, { replace: true });
  }, [status, next, navigate]);

  return (
    <section className="page narrow auth-page">
      <h1>{t('signIn.title')}</h1>
      <SignInForm onSubmit={(values) => signIn.mutate(values)} pending={signIn.isPending} error={signIn.error} />
      <p className="auth-switch">
        {t('signIn.noAccount')} <Link to={nextParam ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up'}>{t('signIn.createAccount')}</Link>
      </p>
    </section>
  );
}
