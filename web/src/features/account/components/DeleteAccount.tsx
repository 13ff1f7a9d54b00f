import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/lib/api/problem';
import { fieldProblem, passwordProblemKey } from '../lib/problems';
import { FormProblem } from './FormProblem';
import { PasswordField } from './PasswordField';

/**
 * Deletion in two steps: open the confirmation, then confirm with the password (the service requires it) and an
 * explicit "I understand". Nothing is deleted by a single click.
 */
export function DeleteAccount({ onDelete, pending, error }: { onDelete: (password: string) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const [understood, setUnderstood] = useState(false);
  const [missing, setMissing] = useState<{ password?: string; understood?: string }>({});
  const panel = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [open]);

  if (!open) {
    return (
      <div>
        <p>{t('delete.explain')}</p>
        <button type="button" className="button button-danger" onClick={() => setOpen(true)} aria-expanded={false} data-testid="delete-account-open">
          {t('delete.open')}
        </button>
      </div>
    );
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: typeof missing = {};
    if (!password) found.password = t('validation.passwordRequired');
    if (!understood) found.understood = t('delete.mustUnderstand');
    setMissing(found);
    if (found.password || found.understood) return;
    onDelete(password);
  };

  const serverPassword = fieldProblem(error, 'password');
  const serverKey = passwordProblemKey(serverPassword);
  return (
    <form ref={panel} className="form danger-confirm" onSubmit={submit} noValidate aria-busy={pending}>
      <p className="alert alert-error">{t('delete.warning')}</p>
      {isProblem(error, 429) ? (
        <p className="alert alert-error" role="alert">
          {t('password.throttled')}
        </p>
      ) : (
        <FormProblem error={error} fields={['password']} />
      )}
      <PasswordField label={t('delete.password')} name="delete_password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} error={missing.password ?? (serverKey ? t(serverKey) : serverPassword)} data-testid="delete-account-password" />
      <div className="field">
        <label className="checkbox">
          <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} aria-invalid={missing.understood ? true : undefined} aria-describedby={missing.understood ? 'delete-understood-error' : undefined} data-testid="delete-account-understood" />
          {t('delete.understand')}
        </label>
        {missing.understood && (
          <p className="field-error" id="delete-understood-error">
            {missing.understood}
          </p>
        )}
      </div>
      <div className="actions">
        <button type="submit" className="button button-danger" disabled={pending} data-testid="delete-account-confirm">
          {pending ? t('delete.deleting') : t('delete.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {t('delete.cancel')}
        </button>
      </div>
    </form>
  );
}
