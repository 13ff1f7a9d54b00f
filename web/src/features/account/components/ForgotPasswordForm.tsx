import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isProblem } from '@/lib/api/problem';
import { useFormat } from '@/lib/format';
import { retryAfterSeconds } from '../lib/problems';

/** One field; the answer never tells whether the address has an account. */
export function ForgotPasswordForm({ onSubmit, pending, error, sent }: { onSubmit: (email: string) => void; pending: boolean; error: unknown; sent: boolean }) {
  const { t } = useTranslation('account');
  const format = useFormat();
  const [email, setEmail] = useState('');
  const [missing, setMissing] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim()) {
      setMissing(t('validation.emailRequired'));
      event.currentTarget.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    setMissing(undefined);
    onSubmit(email.trim());
  };

  const seconds = isProblem(error, 429) ? retryAfterSeconds(error) : undefined;
  return (
    <form className="form card" onSubmit={submit} noValidate aria-busy={pending}>
      <div aria-live="polite">
        {sent && (
          <div className="alert alert-success" data-testid="password-reset-sent">
            <p className="alert-title">{t('forgot.sentTitle')}</p>
            <p className="alert-details">{t('forgot.sent', { email })}</p>
          </div>
        )}
      </div>
      {error != null &&
        (isProblem(error, 429) ? (
          <p className="alert alert-error" role="alert">
            {seconds ? t('forgot.throttledFor', { wait: format.seconds(seconds) }) : t('forgot.throttled')}
          </p>
        ) : (
          <ErrorMessage error={error} />
        ))}
      <Field label={t('fields.email')} name="email" type="email" inputMode="email" autoComplete="email" value={email} error={missing} onChange={(event) => setEmail(event.target.value)} data-testid="forgot-email" />
      <button type="submit" className="button" disabled={pending} data-testid="forgot-submit">
        {pending ? t('forgot.submitting') : sent ? t('forgot.again') : t('forgot.submit')}
      </button>
    </form>
  );
}
