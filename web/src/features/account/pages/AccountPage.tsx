import { useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { Navigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import type { User } from '@/lib/api/types';
import { useCurrentUser } from '@/lib/auth/useSession';
import { changeLanguage, isLanguage } from '@/lib/i18n/i18n';
import { useMe } from '../api/useMe';
import { useUpdateProfile } from '../api/useUpdateProfile';
import { useChangePassword } from '../api/useChangePassword';
import { useResendVerification } from '../api/useResendVerification';
import { useApplyAsInstructor } from '../api/useApplyAsInstructor';
import { useSignOutEverywhere } from '../api/useSignOutEverywhere';
import { useDeleteAccount } from '../api/useDeleteAccount';
import { VerifyEmailNotice } from '../components/VerifyEmailNotice';
import { ProfileForm } from '../components/ProfileForm';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { InstructorApplication } from '../components/InstructorApplication';
import { BillingLinks } from '../components/BillingLinks';
import { SignOutEverywhere } from '../components/SignOutEverywhere';
import { DeleteAccount } from '../components/DeleteAccount';
import '../account.css';

export function AccountPage() {
  const [leaving, setLeaving] = useState(false);
  // Signed out everywhere or deleted: home, rather than the guard's sign-in page.
  if (leaving) return <Navigate to="/" replace />;
  return (
    <RequireAuth>
      <AccountScreen onLeave={() => flushSync(() => setLeaving(true))} />
    </RequireAuth>
  );
}

function AccountScreen({ onLeave }: { onLeave: () => void }) {
  const { t } = useTranslation('account');
  useDocumentTitle(t('account.title'));
  const sessionUser = useCurrentUser();
  // RequireAuth rendered this screen, so there is a user; the guard is for the moment the session closes.
  if (!sessionUser) return null;
  return <AccountSections sessionUser={sessionUser} onLeave={onLeave} />;
}

function AccountSections({ sessionUser, onLeave }: { sessionUser: User; onLeave: () => void }) {
  const { t } = useTranslation('account');
  const me = useMe(sessionUser);
  const user = me.data;
  const update = useUpdateProfile();
  const password = useChangePassword();
  const resend = useResendVerification();
  const apply = useApplyAsInstructor();
  const signOutAll = useSignOutEverywhere(onLeave);
  const remove = useDeleteAccount(onLeave);

  const saveProfile = (changes: Parameters<typeof update.mutate>[0]) =>
    update.mutate(changes, {
      // The new language applies to the whole interface at once.
      onSuccess: (saved) => {
        if (isLanguage(saved.language)) void changeLanguage(saved.language);
      },
    });

  return (
    <div className="page account-page">
      <header className="page-header">
        <div>
          <h1>{t('account.title')}</h1>
          <p className="muted">{t('account.signedInAs', { email: user.email })}</p>
        </div>
      </header>

      {!user.email_verified && (
        <VerifyEmailNotice email={user.email} resend={{ onResend: () => resend.mutate(), pending: resend.isPending, outcome: resend.data, error: resend.error }} />
      )}

      <Section id="profile" title={t('profile.title')}>
        <ProfileForm user={user} onSave={saveProfile} pending={update.isPending} error={update.error} saved={update.isSuccess} />
      </Section>

      <Section id="password" title={t('password.title')}>
        <ChangePasswordForm
          onSubmit={(current, next) => password.mutate({ current_password: current, new_password: next })}
          pending={password.isPending}
          error={password.error}
          done={password.isSuccess}
          personal={{ email: user.email, firstName: user.first_name, lastName: user.last_name }}
        />
      </Section>

      {(user.role === 'learner' || user.role === 'instructor') && (
        <Section id="teaching" title={t('instructor.title')}>
          <InstructorApplication user={user} onApply={(application) => apply.mutate(application)} pending={apply.isPending} error={apply.error} />
        </Section>
      )}

      <Section id="billing" title={t('billing.title')}>
        <BillingLinks />
      </Section>

      <Section id="sessions" title={t('sessions.title')}>
        <SignOutEverywhere onConfirm={() => signOutAll.mutate()} pending={signOutAll.isPending} error={signOutAll.error} />
      </Section>

      <Section id="delete" title={t('delete.title')} danger>
        <DeleteAccount onDelete={(secret) => remove.mutate(secret)} pending={remove.isPending} error={remove.error} />
      </Section>
    </div>
  );
}

function Section({ id, title, danger, children }: { id: string; title: string; danger?: boolean; children: ReactNode }) {
  return (
    <section className={danger ? 'card account-section danger' : 'card account-section'} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
