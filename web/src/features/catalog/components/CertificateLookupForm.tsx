import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import { normalizeCertificateNumber } from '../certificateNumber';

/** Type a certificate number, get to its verification page; a number that cannot be one is refused here. */
export function CertificateLookupForm({ onVerify, initial = '' }: { onVerify: (number: string) => void; initial?: string }) {
  const { t } = useTranslation('catalog');
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | undefined>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const number = normalizeCertificateNumber(text);
    if (!number) {
      setError(t('certificate.numberInvalid'));
      return;
    }
    setError(undefined);
    onVerify(number);
  };
  return (
    <form className="form certificate-lookup" onSubmit={submit} noValidate>
      <Field
        label={t('certificate.numberLabel')}
        hint={t('certificate.numberHint')}
        error={error}
        name="number"
        value={text}
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        placeholder="HAR-2026-XXXX-XXXX-XXXX"
        onChange={(event) => setText(event.target.value)}
      />
      <div>
        <button type="submit" className="button">
          {t('certificate.verify')}
        </button>
      </div>
    </form>
  );
}
