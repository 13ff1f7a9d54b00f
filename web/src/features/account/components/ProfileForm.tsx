import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import type { AuthSchemas, User } from '@/lib/api/types';
import { isLanguage } from '@/lib/i18n/i18n';
import { profileChanges, profileValuesOf, validateProfile, type ProfileValues } from '../lib/profileChanges';
import { fieldProblem } from '../lib/problems';
import { FormProblem } from './FormProblem';
import { LanguageSelect } from './LanguageSelect';

const FIELDS = ['first_name', 'last_name', 'avatar_url', 'language', 'notification_settings'];

/** Name, picture, language and email preferences; only what changed is sent. */
export function ProfileForm({ user, onSave, pending, error, saved }: { user: User; onSave: (changes: AuthSchemas['UpdateProfileRequest']) => void; pending: boolean; error: unknown; saved: boolean }) {
  const { t, i18n } = useTranslation('account');
  const [initial] = useState(() => profileValuesOf(user, isLanguage(i18n.language) ? i18n.language : 'fr'));
  const [values, setValues] = useState<ProfileValues>(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof ProfileValues, string>>>({});
  const [unchanged, setUnchanged] = useState(false);
  // "Saved" describes the last save only until the next edit.
  const [edited, setEdited] = useState(false);
  const set = <K extends keyof ProfileValues>(key: K, value: ProfileValues[K]) => {
    setUnchanged(false);
    setEdited(true);
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateProfile(values, t);
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      event.currentTarget.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
      return;
    }
    // Compared with the account as it is now, so saving twice sends nothing the second time.
    const changes = profileChanges(profileValuesOf(user, values.language), values);
    if (!changes) {
      setUnchanged(true);
      return;
    }
    setEdited(false);
    onSave(changes);
  };

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={pending}>
      <FormProblem error={error} fields={FIELDS} />
      <div className="form-row">
        <Field label={t('fields.firstName')} name="first_name" autoComplete="given-name" value={values.first_name} onChange={(e) => set('first_name', e.target.value)} error={errors.first_name ?? fieldProblem(error, 'first_name')} />
        <Field label={t('fields.lastName')} name="last_name" autoComplete="family-name" value={values.last_name} onChange={(e) => set('last_name', e.target.value)} error={errors.last_name ?? fieldProblem(error, 'last_name')} />
      </div>
      <Field
        label={t('fields.avatarUrl')}
        name="avatar_url"
        type="url"
        inputMode="url"
        placeholder="https://"
        value={values.avatar_url}
        onChange={(e) => set('avatar_url', e.target.value)}
        hint={t('profile.avatarHint')}
        error={errors.avatar_url ?? fieldProblem(error, 'avatar_url')}
      />
      <LanguageSelect label={t('fields.language')} value={values.language} onChange={(language) => set('language', language)} name="language" data-testid="account-language" />
      <fieldset className="fieldset">
        <legend>{t('profile.emailsLegend')}</legend>
        <label className="checkbox">
          <input type="checkbox" name="email_notifications" checked={values.email_notifications} onChange={(e) => set('email_notifications', e.target.checked)} />
          {t('profile.emailNotifications')}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="marketing_emails" checked={values.marketing_emails} onChange={(e) => set('marketing_emails', e.target.checked)} />
          {t('profile.marketingEmails')}
        </label>
        <label className="checkbox">
          <input type="checkbox" name="newsletter" checked={values.newsletter} onChange={(e) => set('newsletter', e.target.checked)} />
          {t('profile.newsletter')}
        </label>
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={pending} data-testid="profile-save">
          {pending ? t('profile.saving') : t('profile.save')}
        </button>
        <span aria-live="polite" className="save-status">
          {unchanged ? t('profile.unchanged') : saved && !pending && !edited ? t('profile.saved') : ''}
        </span>
      </div>
    </form>
  );
}
