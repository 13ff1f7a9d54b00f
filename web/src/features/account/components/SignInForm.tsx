import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { useFormat } from '@/lib/format';
import { describeSignInProblem } from '../lib/problems';
import { PasswordField } from './PasswordField';

export type SignInValues = { email: string; password: string };

/** Email and password; failures told without saying which of the two was wrong. */
export function SignInForm({ onSubmit, pending, error }: { onSubmit: (values: SignInValues) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [missing, setMissing] = useState<Partial<Record<keyof SignInValues, string>>>({});

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Partial<Record<keyof SignInValues, string>> = {};
    if (!values.email.trim()) problems.email = t('validation.emailRequired');
    if (!values.password) problems.password = t('validation.passwordRequired');
    setMissing(problems);
    const first = Object.keys(problems)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit({ email: values.email.trim(), password: values.password });
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-busy={pending}>
      <SignInProblemMessage error={error} />
      <Field
        label={t('fields.email')}
        name="email"
        type="email"
        autoComplete="username"
        inputMode="email"
        value={values.email}
        error={missing.email}
        onChange={(event) => setValues({ ...values, email: event.target.value })}
        data-testid="sign-in-email"
      />
      <PasswordField
        label={t('fields.password')}
        name="password"
        autoComplete="current-password"
        value={values.password}
        error={missing.password}
        onChange={(event) => setValues({ ...values, password: event.target.value })}
        data-testid="sign-in-password"
      />
      <p className="form-aside">
        <Link to="/forgot-password">{t('signIn.forgot')}</Link>
      </p>
      <button type="submit" className="button" disabled={pending} data-testid="sign-in-submit">
        {pending ? t('signIn.submitting') : t('signIn.submit')}
      </button>
    </form>
  );
}

function SignInProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  if (!error) return null;
  const problem = describeSignInProblem(error);
  if (!problem) return <ErrorMessage error={error} />;
  const wait = 'seconds' in problem && problem.seconds ? format.seconds(problem.seconds) : undefined;
  const text =
    problem.kind === 'credentials'
      ? t('signIn.invalid')
      : problem.kind === 'suspended'
        ? t('signIn.suspended')
        : problem.kind === 'locked'
          ? wait
            ? t('signIn.lockedFor', { wait })
            : t('signIn.locked')
          : wait
            ? t('signIn.throttledFor', { wait })
            : t('signIn.throttled');
  return (
    <div className="alert alert-error" role="alert">
      <p className="alert-title">{text}</p>
      {(problem.kind === 'locked' || problem.kind === 'throttled') && (
        <p className="alert-details">
          <Link to="/forgot-password">{t('signIn.resetInstead')}</Link>
        </p>
      )}
    </div>
  );
}
