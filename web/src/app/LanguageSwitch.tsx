import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, languages } from '@/lib/i18n/i18n';
import { authApi } from '@/lib/api/client';
import { session } from '@/lib/auth/session';
import { useCurrentUser } from '@/lib/auth/useSession';

/** Switches every string at once; remembered in this browser and, signed in, in the profile. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const choose = async (language: string) => {
    if (!isLanguage(language)) return;
    await changeLanguage(language);
    if (user && user.language !== language) {
      // Null leaves a field as it is: only the language changes.
      const body = { first_name: null, last_name: null, avatar_url: null, notification_settings: null, language };
      const { data } = await authApi.PATCH('/api/v1/users/me', { body });
      if (data) session.updateUser(data);
    }
  };
  return (
    <label className="language-switch">
      <span className="visually-hidden">{t('language.label')}</span>
      <select value={i18n.language} onChange={(event) => void choose(event.target.value)} data-testid="language-switch">
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
