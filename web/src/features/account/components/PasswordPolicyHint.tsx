import { useTranslation } from 'react-i18next';
import { checkPassword, PASSWORD_MIN_LENGTH } from '../lib/passwordPolicy';

/**
 * The policy next to the password field, each rule marked as met or not in words (not only by colour). Only a hint:
 * the service has the final say.
 */
export function PasswordPolicyHint({ id, password, email, firstName, lastName }: { id: string; password: string; email?: string; firstName?: string; lastName?: string }) {
  const { t } = useTranslation('account');
  const checks = checkPassword(password, { email, firstName, lastName });
  const rules = [
    { key: 'length', met: checks.length, text: t('password.rules.length', { min: PASSWORD_MIN_LENGTH }) },
    { key: 'personal', met: password.length > 0 && checks.personal, text: t('password.rules.personal') },
    { key: 'pattern', met: checks.pattern, text: t('password.rules.pattern') },
  ];
  return (
    <div id={id} className="password-policy">
      <p className="field-hint">{t('password.rules.title')}</p>
      <ul>
        {rules.map((rule) => (
          <li key={rule.key} className={rule.met ? 'rule met' : 'rule'} data-met={rule.met}>
            <span aria-hidden="true">{rule.met ? '✓' : '○'}</span> {rule.text}
            <span className="visually-hidden"> ({rule.met ? t('password.rules.met') : t('password.rules.notMet')})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
