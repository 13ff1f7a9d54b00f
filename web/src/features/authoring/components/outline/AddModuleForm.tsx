import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';

export function AddModuleForm({ onAdd, pending }: { onAdd: (title: string) => Promise<boolean>; pending: boolean }) {
  const { t } = useTranslation('authoring');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    if (await onAdd(title.trim())) setTitle('');
  };
  return (
    <form className="card add-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend>{t('outline.addModule.legend')}</legend>
        <div className="inline-form">
          <Field label={t('outline.addModule.title')} value={title} maxLength={200} error={error} onChange={(event) => setTitle(event.target.value)} data-testid="module-title-input" />
          <button type="submit" className="button" disabled={pending} data-testid="add-module">
            {t('outline.addModule.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
