import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPassword, passwordLooksAcceptable } from '../lib/passwordPolicy';
import { fieldProblem, passwordProblemKey } from '../lib/problems';
import { FormProblem } from './FormProblem';
import { PasswordField } from './PasswordField';

/** A new password, typed twice; the token comes from the link and is checked by the service. */
export function ResetPasswordForm({ onSubmit, pending, error }: { onSubmit: (password: string) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const server = fieldProblem(error, 'new_password');
  const serverKey = passwordProblemKey(server);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!passwordLooksAcceptable(checkPassword(password))) found.password = t('validation.passwordPolicy');
    if (confirmation !== password) found.confirmation = t('validation.passwordsDiffer');
    setErrors(found);
    if (found.password || found.confirmation) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${found.password ? 'new_password' : 'confirmation'}"]`)?.focus();
      return;
    }
    onSubmit(password);
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-busy={pending}>
      <FormProblem error={error} fields={['new_password', 'token']} />
      <PasswordField
        label={t('fields.newPassword')}
        name="new_password"
        autoComplete="new-password"
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        error={errors.password ?? (serverKey ? t(serverKey) : server)}
        policy={{}}
        data-testid="reset-password"
      />
      <PasswordField
        label={t('fields.confirmPassword')}
        name="confirmation"
        autoComplete="new-password"
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
        error={errors.confirmation}
        data-testid="reset-password-confirmation"
      />
      <button type="submit" className="button" disabled={pending} data-testid="reset-submit">
        {pending ? t('reset.submitting') : t('reset.submit')}
      </button>
    </form>
  );
}
