import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { checkPassword, passwordLooksAcceptable } from '../lib/passwordPolicy';
import { fieldProblem, passwordProblemKey, retryAfterSeconds } from '../lib/problems';
import { FormProblem } from './FormProblem';
import { PasswordField } from './PasswordField';

type Values = { current: string; next: string; confirmation: string };

/** Current password, then the new one twice; other sessions end when it changes (this one stays). */
export function ChangePasswordForm({ onSubmit, pending, error, done, personal }: { onSubmit: (current: string, next: string) => void; pending: boolean; error: unknown; done: boolean; personal: { email: string; firstName: string; lastName: string } }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const [values, setValues] = useState<Values>({ current: '', next: '', confirmation: '' });
  const [errors, setErrors] = useState<Partial<Values>>({});
  const set = (key: keyof Values) => (event: { target: { value: string } }) => setValues({ ...values, [key]: event.target.value });
  const serverMessage = (field: string) => {
    const message = fieldProblem(error, field);
    const key = passwordProblemKey(message);
    return key ? t(key) : message;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Partial<Values> = {};
    if (!values.current) found.current = t('validation.passwordRequired');
    if (!passwordLooksAcceptable(checkPassword(values.next, personal))) found.next = t('validation.passwordPolicy');
    if (values.confirmation !== values.next) found.confirmation = t('validation.passwordsDiffer');
    setErrors(found);
    const first = (['current', 'next', 'confirmation'] as const).find((key) => found[key]);
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}_password"]`)?.focus();
      return;
    }
    onSubmit(values.current, values.next);
  };

  // Changed: the passwords leave the page (a wrong current password keeps them for another try).
  useEffect(() => {
    if (done) setValues({ current: '', next: '', confirmation: '' });
  }, [done]);

  const seconds = isProblem(error, 429) ? retryAfterSeconds(error) : undefined;
  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
      {isProblem(error, 429) ? (
        <p className="alert alert-error" role="alert">
          {seconds ? t('password.throttledFor', { wait: format.seconds(seconds) }) : t('password.throttled')}
        </p>
      ) : (
        <FormProblem error={error} fields={['current_password', 'new_password']} />
      )}
      <PasswordField label={t('fields.currentPassword')} name="current_password" autoComplete="current-password" value={values.current} onChange={set('current')} error={errors.current ?? serverMessage('current_password')} />
      <PasswordField label={t('fields.newPassword')} name="next_password" autoComplete="new-password" value={values.next} onChange={set('next')} error={errors.next ?? serverMessage('new_password')} policy={personal} />
      <PasswordField label={t('fields.confirmPassword')} name="confirmation_password" autoComplete="new-password" value={values.confirmation} onChange={set('confirmation')} error={errors.confirmation} />
      <div className="actions">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('password.changing') : t('password.change')}
        </button>
        <span aria-live="polite" className="save-status">
          {done && !pending ? t('password.changed') : ''}
        </span>
      </div>
    </form>
  );
}
