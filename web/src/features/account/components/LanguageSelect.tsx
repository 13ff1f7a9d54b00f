import { useId, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '@/lib/i18n/i18n';

/** The languages the site speaks, each written in itself. */
export function LanguageSelect({ label, value, onChange, ...select }: { label: string; value: Language; onChange: (language: Language) => void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as Language)} {...select}>
        {languages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`language.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
