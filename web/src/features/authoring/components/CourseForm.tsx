import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { courseLimits, validateCourse, type CourseFormValues } from '../model/courseForm';
import { hasErrors, serverFieldErrors, type FieldErrors } from '../model/fieldErrors';
import { publicImageUrl } from '../model/mediaReference';
import type { Vocabulary } from '../model/types';
import { EditableList } from './EditableList';
import { useFieldMessage, LiveMessage } from './FormControls';
import { MarkdownEditor } from './MarkdownEditor';
import { MediaUpload } from './MediaUpload';
import { PriceFields } from './PriceFields';

type Props = {
  mode: 'create' | 'edit';
  initial: CourseFormValues;
  vocabulary: Vocabulary;
  categories: string[];
  /** Edit mode: the course, for uploading its thumbnail. */
  courseId?: string;
  pending: boolean;
  error: unknown;
  /** Announced after a successful save (edit mode). */
  savedMessage?: string;
  onSubmit: (values: CourseFormValues) => void;
};

/**
 * The course's fields. Creating asks for the essentials; editing shows every field of CourseWrite. Checked here with
 * the service's rules first (messages in the reader's language), then whatever the service still refuses is shown
 * next to its field.
 */
export function CourseForm({ mode, initial, vocabulary, categories, courseId, pending, error, savedMessage, onSubmit }: Props) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  const categoryListId = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [checked, setChecked] = useState(false);
  const local = checked ? validateCourse(values) : {};
  const errors: FieldErrors = { ...serverFieldErrors(error), ...local };
  const set = (change: Partial<CourseFormValues>) => setValues((current) => ({ ...current, ...change }));
  const err = (field: string) => message(errors[field]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    const problems = validateCourse(values);
    if (hasErrors(problems)) {
      // Straight to the first field to fix.
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    onSubmit(values);
  };

  const localCount = Object.keys(local).length;
  const options = (list: string[], prefix: string) => list.map((value) => ({ value, label: t(`${prefix}.${value}`, { defaultValue: value }) }));

  return (
    <form className="form course-form" onSubmit={submit} noValidate ref={form}>
      {localCount > 0 && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('form.invalid', { count: localCount })}</p>
        </div>
      )}
      {error !== null && error !== undefined && <ErrorMessage error={error} />}

      <fieldset className="card form-section">
        <legend>{t('form.sections.general')}</legend>
        <Field
          label={t('form.title')}
          hint={t('form.titleHint')}
          value={values.title}
          maxLength={courseLimits.titleMax}
          error={err('title')}
          onChange={(event) => set({ title: event.target.value })}
          data-testid="course-title-input"
          required
        />
        <Field label={t('form.subtitle')} hint={t('form.subtitleHint')} value={values.subtitle} maxLength={courseLimits.subtitleMax} error={err('subtitle')} onChange={(event) => set({ subtitle: event.target.value })} />
        <MarkdownEditor
          label={t('form.description')}
          hint={t('form.descriptionHint', { count: courseLimits.descriptionToPublish, length: values.description.trim().length })}
          value={values.description}
          error={err('description')}
          rows={8}
          onChange={(description) => set({ description })}
          testId="course-description-input"
        />
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('form.sections.classification')}</legend>
        <div className="form-row">
          <SelectField label={t('form.language')} value={values.language} error={err('language')} onChange={(event) => set({ language: event.target.value })} options={options(vocabulary.languages, 'language')} />
          <SelectField label={t('form.domain')} value={values.domain} error={err('domain')} onChange={(event) => set({ domain: event.target.value })} options={options(vocabulary.domains, 'domain')} />
          <SelectField label={t('form.level')} value={values.level} error={err('level')} onChange={(event) => set({ level: event.target.value })} options={options(vocabulary.levels, 'level')} />
        </div>
        <Field label={t('form.category')} hint={t('form.categoryHint')} value={values.category} list={categoryListId} autoComplete="off" error={err('category')} onChange={(event) => set({ category: event.target.value })} />
        <datalist id={categoryListId}>
          {categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
        {mode === 'edit' && (
          <EditableList legend={t('form.stack')} hint={t('form.stackHint')} error={err('stack')} items={values.stack} onChange={(stack) => set({ stack })} itemLabel={(number) => t('form.stackItem', { number })} addLabel={t('form.addStack')} maxLength={50} />
        )}
      </fieldset>

      {mode === 'edit' && (
        <fieldset className="card form-section">
          <legend>{t('form.sections.content')}</legend>
          <EditableList legend={t('form.keywords')} hint={t('form.keywordsHint')} error={err('keywords')} items={values.keywords} onChange={(keywords) => set({ keywords })} itemLabel={(number) => t('form.keywordItem', { number })} addLabel={t('form.addKeyword')} maxLength={courseLimits.keywordMax} />
          <EditableList legend={t('form.outcomes')} hint={t('form.outcomesHint')} error={err('learning_outcomes')} items={values.learningOutcomes} onChange={(learningOutcomes) => set({ learningOutcomes })} itemLabel={(number) => t('form.outcomeItem', { number })} addLabel={t('form.addOutcome')} maxLength={courseLimits.listEntryMax} multiline />
          <EditableList legend={t('form.prerequisites')} hint={t('form.prerequisitesHint')} error={err('prerequisites')} items={values.prerequisites} onChange={(prerequisites) => set({ prerequisites })} itemLabel={(number) => t('form.prerequisiteItem', { number })} addLabel={t('form.addPrerequisite')} maxLength={courseLimits.listEntryMax} multiline />
        </fieldset>
      )}

      {mode === 'edit' && courseId && (
        <fieldset className="card form-section">
          <legend>{t('form.sections.thumbnail')}</legend>
          <div className="thumbnail-editor">
            {values.thumbnailUrl && <img className="thumbnail-preview" src={values.thumbnailUrl} alt={t('form.thumbnailPreview')} />}
            <div className="form">
              <MediaUpload
                courseId={courseId}
                label={t('form.thumbnailUpload')}
                hint={t('form.thumbnailUploadHint')}
                accept="image/png,image/jpeg,image/gif,image/webp"
                onUploaded={(media) => set({ thumbnailUrl: publicImageUrl(courseId, media, window.location.origin) })}
              />
              <Field label={t('form.thumbnailUrl')} type="url" value={values.thumbnailUrl} error={err('thumbnail_url')} hint={t('form.thumbnailKeep')} onChange={(event) => set({ thumbnailUrl: event.target.value })} />
            </div>
          </div>
        </fieldset>
      )}

      <fieldset className="card form-section">
        <legend>{t('form.sections.price')}</legend>
        <PriceFields
          pricingModels={vocabulary.pricing_models}
          pricingModel={values.pricingModel}
          amount={values.amount}
          currency={values.currency}
          onChange={set}
          pricingError={err('price') ?? err('price.pricing_model')}
          amountError={err('price.amount')}
          currencyError={err('price.currency')}
        />
      </fieldset>

      <div className="actions sticky-actions">
        <button type="submit" className="button" disabled={pending} data-testid="save-course">
          {mode === 'create' ? (pending ? t('form.creating') : t('form.create')) : pending ? t('form.saving') : t('form.save')}
        </button>
        <LiveMessage message={savedMessage ?? ''} className="saved-message" />
      </div>
    </form>
  );
}
