import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';

/** Ends every session of the account (a lost phone, a shared computer), this one included. */
export function SignOutEverywhere({ onConfirm, pending, error }: { onConfirm: () => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  return (
    <div>
      <p>{t('sessions.explain')}</p>
      {error != null && <ErrorMessage error={error} />}
      <button type="button" className="button button-secondary" onClick={onConfirm} disabled={pending} data-testid="sign-out-everywhere">
        {pending ? t('sessions.signingOut') : t('sessions.signOutEverywhere')}
      </button>
    </div>
  );
}
