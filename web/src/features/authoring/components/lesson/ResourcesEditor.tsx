import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '@/components/Field';
import type { FieldErrors } from '../../model/fieldErrors';
import { resourceKey, resourceTypes, type ResourceDraft } from '../../model/lessonForm';
import type { MediaView } from '../../model/types';
import { useFieldMessage } from '../FormControls';
import { MediaUpload } from '../MediaUpload';
import { refocus } from '../outline/refocus';

/** What an uploaded file is to a learner, from what the service recognised it as. */
function typeOf(media: MediaView): string {
  if (media.content_type === 'application/pdf') return 'pdf';
  if (media.content_type.startsWith('text/csv') || media.content_type.includes('spreadsheetml')) return 'dataset';
  return 'file';
}

type Props = { courseId: string; resources: ResourceDraft[]; onChange: (resources: ResourceDraft[]) => void; errors: FieldErrors };

export function ResourcesEditor({ courseId, resources, onChange, errors }: Props) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  const set = (key: string, change: Partial<ResourceDraft>) => onChange(resources.map((resource) => (resource.key === key ? { ...resource, ...change } : resource)));
  const add = (resource: ResourceDraft) => {
    onChange([...resources, resource]);
    refocus(`[data-resource-name="${resource.key}"]`);
  };
  return (
    <fieldset className="card form-section">
      <legend>{t('lesson.resources.legend')}</legend>
      <p className="field-hint">{t('lesson.resources.hint')}</p>
      {resources.length === 0 ? (
        <p className="muted">{t('lesson.resources.empty')}</p>
      ) : (
        <ol className="resource-list">
          {resources.map((resource, index) => (
            <li key={resource.key}>
              <fieldset className="resource-row">
                <legend className="visually-hidden">{t('lesson.resources.item', { number: index + 1 })}</legend>
                <Field label={t('lesson.resources.name')} value={resource.name} maxLength={200} error={message(errors[`resources[${index}].name`])} onChange={(event) => set(resource.key, { name: event.target.value })} data-resource-name={resource.key} />
                <Field label={t('lesson.resources.url')} value={resource.url} error={message(errors[`resources[${index}].url`])} onChange={(event) => set(resource.key, { url: event.target.value })} />
                <SelectField
                  label={t('lesson.resources.type')}
                  value={resource.type}
                  onChange={(event) => set(resource.key, { type: event.target.value })}
                  options={resourceTypes.map((type) => ({ value: type, label: t(`resourceType.${type}`) }))}
                />
                <button type="button" className="button button-ghost danger-text" onClick={() => onChange(resources.filter((item) => item.key !== resource.key))} aria-label={t('lesson.resources.remove', { number: index + 1 })}>
                  {t('actions.delete', { ns: 'common' })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
      )}
      {message(errors.resources) && <p className="field-error">{message(errors.resources)}</p>}
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={() => add({ key: resourceKey(), name: '', url: 'https://', type: 'link' })}>
          {t('lesson.resources.addLink')}
        </button>
      </div>
      <MediaUpload
        courseId={courseId}
        label={t('lesson.resources.upload')}
        hint={t('lesson.resources.uploadHint')}
        accept=".pdf,.zip,.csv,.txt,.xlsx,.docx,.pptx,.r,.py,.md,application/pdf,text/plain,text/csv"
        testId="resource-upload"
        progressTestId="resource-upload-progress"
        onUploaded={(media) => add({ key: resourceKey(), name: media.file_name, url: media.reference, type: typeOf(media) })}
      />
    </fieldset>
  );
}
