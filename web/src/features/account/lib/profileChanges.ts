import type { AuthSchemas, User } from '@/lib/api/types';
import type { Language } from '@/lib/i18n/i18n';

export type ProfileValues = {
  first_name: string;
  last_name: string;
  avatar_url: string;
  language: Language;
  email_notifications: boolean;
  marketing_emails: boolean;
  newsletter: boolean;
};

export function profileValuesOf(user: User, fallbackLanguage: Language): ProfileValues {
  const settings = user.notification_settings;
  return {
    first_name: user.first_name,
    last_name: user.last_name,
    avatar_url: user.avatar_url ?? '',
    language: user.language === 'fr' || user.language === 'en' ? user.language : fallbackLanguage,
    email_notifications: settings.email_notifications ?? true,
    marketing_emails: settings.marketing_emails ?? false,
    newsletter: settings.newsletter ?? false,
  };
}

/**
 * The PATCH body: each field that changed, null for the others (the service leaves nulls alone). An emptied avatar
 * address stays null, because the service keeps the old one when it gets null. Null when nothing changed at all.
 */
export function profileChanges(before: ProfileValues, after: ProfileValues): AuthSchemas['UpdateProfileRequest'] | null {
  const changed = <K extends keyof ProfileValues>(key: K) => before[key] !== after[key];
  const text = (key: 'first_name' | 'last_name' | 'avatar_url') => (changed(key) && after[key].trim() !== '' ? after[key].trim() : null);
  const flag = (key: 'email_notifications' | 'marketing_emails' | 'newsletter') => (changed(key) ? after[key] : null);
  const settingsChanged = changed('email_notifications') || changed('marketing_emails') || changed('newsletter');
  const body: AuthSchemas['UpdateProfileRequest'] = {
    first_name: text('first_name'),
    last_name: text('last_name'),
    avatar_url: text('avatar_url'),
    language: changed('language') ? after.language : null,
    notification_settings: settingsChanged
      ? { email_notifications: flag('email_notifications'), marketing_emails: flag('marketing_emails'), newsletter: flag('newsletter') }
      : null,
  };
  const anything = body.first_name ?? body.last_name ?? body.avatar_url ?? body.language ?? body.notification_settings;
  return anything === null ? null : body;
}

export function validateProfile(values: ProfileValues, t: (key: string) => string): Partial<Record<keyof ProfileValues, string>> {
  const errors: Partial<Record<keyof ProfileValues, string>> = {};
  if (!values.first_name.trim()) errors.first_name = t('validation.firstNameRequired');
  if (!values.last_name.trim()) errors.last_name = t('validation.lastNameRequired');
  const avatar = values.avatar_url.trim();
  if (avatar && !/^https?:\/\/[^\s]+$/i.test(avatar)) errors.avatar_url = t('validation.avatarUrl');
  return errors;
}
