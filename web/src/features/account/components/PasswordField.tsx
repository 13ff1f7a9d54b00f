import { useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { PASSWORD_MAX_LENGTH } from '../lib/passwordPolicy';
import { PasswordPolicyHint } from './PasswordPolicyHint';

type Personal = { email?: string; firstName?: string; lastName?: string };

/**
 * A password input with a show/hide button and, for a new password, the policy checked as the person types; the
 * rules and the error are tied to the input for screen readers.
 */
export function PasswordField({ label, error, policy, value, ...input }: { label: string; error?: string | undefined; policy?: Personal; value: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'value'>) {
  const { t } = useTranslation('account');
  const id = useId();
  const [visible, setVisible] = useState(false);
  const policyId = policy ? `${id}-policy` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="password-input">
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          value={value}
          maxLength={PASSWORD_MAX_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={[policyId, errorId].filter(Boolean).join(' ') || undefined}
          {...input}
        />
        <button type="button" className="button button-ghost password-toggle" aria-pressed={visible} aria-controls={id} onClick={() => setVisible((shown) => !shown)}>
          {visible ? t('password.hide') : t('password.show')}
        </button>
      </div>
      {policy && policyId && <PasswordPolicyHint id={policyId} password={value} {...policy} />}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
