import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '@/components/Field';

type Props = { moduleTitle: string; lessonTypes: string[]; pending: boolean; onAdd: (title: string, type: string) => Promise<boolean> };

export function AddLessonForm({ moduleTitle, lessonTypes, pending, onAdd }: Props) {
  const { t } = useTranslation('authoring');
  const [title, setTitle] = useState('');
  const [type, setType] = useState(lessonTypes[0] ?? 'text');
  const [error, setError] = useState<string>();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('validation.required'));
      return;
    }
    setError(undefined);
    if (await onAdd(title.trim(), type)) setTitle('');
  };
  return (
    <form className="add-lesson-form" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset>
        <legend className="visually-hidden">{t('outline.addLesson.legend', { module: moduleTitle })}</legend>
        <div className="inline-form">
          <Field label={t('outline.addLesson.title')} value={title} maxLength={200} error={error} onChange={(event) => setTitle(event.target.value)} data-testid="lesson-title-input" />
          <SelectField
            label={t('outline.addLesson.type')}
            value={type}
            onChange={(event) => setType(event.target.value)}
            options={lessonTypes.map((value) => ({ value, label: t(`lessonType.${value}`, { defaultValue: value }) }))}
            data-testid="lesson-type-select"
          />
          <button type="submit" className="button button-secondary" disabled={pending} data-testid="add-lesson">
            {t('outline.addLesson.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
