import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import type { AuthSchemas } from '@/lib/api/types';
import type { Language } from '@/lib/i18n/i18n';
import { checkPassword, passwordLooksAcceptable } from '../lib/passwordPolicy';
import { fieldProblem, passwordProblemKey } from '../lib/problems';
import { FormProblem } from './FormProblem';
import { LanguageSelect } from './LanguageSelect';
import { PasswordField } from './PasswordField';

export type SignUpValues = AuthSchemas['RegisterRequest'];
type Errors = Partial<Record<'first_name' | 'last_name' | 'email' | 'password', string>>;

const FIELDS = ['first_name', 'last_name', 'email', 'password', 'language'];

export function validateSignUp(values: { first_name: string; last_name: string; email: string; password: string }, t: (key: string) => string): Errors {
  const errors: Errors = {};
  if (!values.first_name.trim()) errors.first_name = t('validation.firstNameRequired');
  if (!values.last_name.trim()) errors.last_name = t('validation.lastNameRequired');
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email.trim())) errors.email = t('validation.emailInvalid');
  const checks = checkPassword(values.password, { email: values.email, firstName: values.first_name, lastName: values.last_name });
  if (!passwordLooksAcceptable(checks)) errors.password = t('validation.passwordPolicy');
  return errors;
}

/** First and last name, email, password (the policy shown as a hint), language (the page's by default). */
export function SignUpForm({ defaultLanguage, onSubmit, pending, error }: { defaultLanguage: Language; onSubmit: (values: SignUpValues) => void; pending: boolean; error: unknown }) {
  const { t } = useTranslation('account');
  const [values, setValues] = useState({ first_name: '', last_name: '', email: '', password: '' });
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [errors, setErrors] = useState<Errors>({});
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const serverPassword = fieldProblem(error, 'password');
  const serverPasswordKey = passwordProblemKey(serverPassword);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateSignUp(values, t);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onSubmit({ first_name: values.first_name.trim(), last_name: values.last_name.trim(), email: values.email.trim(), password: values.password, language });
  };

  return (
    <form className="form card" onSubmit={submit} noValidate aria-busy={pending}>
      <FormProblem error={error} fields={FIELDS} />
      <div className="form-row">
        <Field label={t('fields.firstName')} name="first_name" autoComplete="given-name" value={values.first_name} onChange={set('first_name')} error={errors.first_name ?? fieldProblem(error, 'first_name')} data-testid="sign-up-first-name" />
        <Field label={t('fields.lastName')} name="last_name" autoComplete="family-name" value={values.last_name} onChange={set('last_name')} error={errors.last_name ?? fieldProblem(error, 'last_name')} data-testid="sign-up-last-name" />
      </div>
      <Field label={t('fields.email')} name="email" type="email" inputMode="email" autoComplete="email" value={values.email} onChange={set('email')} error={errors.email ?? fieldProblem(error, 'email')} data-testid="sign-up-email" />
      <PasswordField
        label={t('fields.password')}
        name="password"
        autoComplete="new-password"
        value={values.password}
        onChange={set('password')}
        error={errors.password ?? (serverPasswordKey ? t(serverPasswordKey) : serverPassword)}
        policy={{ email: values.email, firstName: values.first_name, lastName: values.last_name }}
        data-testid="sign-up-password"
      />
      <LanguageSelect label={t('fields.language')} value={language} onChange={setLanguage} name="language" />
      <button type="submit" className="button" disabled={pending} data-testid="sign-up-submit">
        {pending ? t('signUp.submitting') : t('signUp.submit')}
      </button>
    </form>
  );
}
