import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { serverFieldErrors } from '../../model/fieldErrors';
import { lessonDraftFrom, lessonHasErrors, toLessonWrite, validateLesson, type LessonDraft } from '../../model/lessonForm';
import type { LessonView, LessonWrite } from '../../model/types';
import { LiveMessage, useFieldMessage } from '../FormControls';
import { MarkdownEditor } from '../MarkdownEditor';
import { DurationField } from './DurationField';
import { ExerciseFields } from './ExerciseFields';
import { QuizBuilder } from './QuizBuilder';
import { ResourcesEditor } from './ResourcesEditor';
import { VideoFields } from './VideoFields';

type Props = {
  courseId: string;
  lesson: LessonView;
  questionTypes?: string[];
  pending: boolean;
  error: unknown;
  /** Saves; resolves with the lesson as saved (the form then shows it, question ids included), or null. */
  onSave: (write: LessonWrite) => Promise<LessonView | null>;
};

/** A lesson's common fields, then those of its type (video, text, exercise, quiz), then its resources. */
export function LessonEditorForm({ courseId, lesson, questionTypes, pending, error, onSave }: Props) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<LessonDraft>(() => lessonDraftFrom(lesson));
  const [checked, setChecked] = useState(false);
  const [saved, setSaved] = useState('');
  const local = checked ? validateLesson(lesson.type, draft, lesson) : { fields: {}, quiz: { questions: {} } };
  const fields = { ...serverFieldErrors(error), ...local.fields };
  const set = (change: Partial<LessonDraft>) => {
    setSaved('');
    setDraft((current) => ({ ...current, ...change }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(true);
    setSaved('');
    if (lessonHasErrors(validateLesson(lesson.type, draft, lesson))) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], .question.invalid textarea')?.focus());
      return;
    }
    const result = await onSave(toLessonWrite(lesson.type, draft));
    if (result) {
      setDraft(lessonDraftFrom(result));
      setChecked(false);
      setSaved(t('lesson.saved'));
    }
  };

  const invalid = checked && lessonHasErrors(local);
  return (
    <form className="form lesson-form" onSubmit={(event) => void submit(event)} noValidate ref={form}>
      {invalid && (
        <div className="alert alert-error" role="alert">
          <p className="alert-title">{t('lesson.invalid')}</p>
        </div>
      )}
      {error !== null && error !== undefined && <ErrorMessage error={error} />}

      <fieldset className="card form-section">
        <legend>{t('lesson.typeLabel', { type: t(`lessonType.${lesson.type}`, { defaultValue: lesson.type }) })}</legend>
        <Field label={t('lesson.title')} value={draft.title} maxLength={200} error={message(fields.title)} onChange={(event) => set({ title: event.target.value })} data-testid="lesson-title-input" required />
        <label className="checkbox">
          <input type="checkbox" checked={draft.isPreview} onChange={(event) => set({ isPreview: event.target.checked })} data-testid="lesson-preview-checkbox" />
          {t('lesson.preview')}
        </label>
        {lesson.type !== 'video' && (
          <DurationField legend={t('lesson.duration')} seconds={draft.durationSeconds} onChange={(durationSeconds) => set({ durationSeconds })} error={message(fields.duration_seconds)} />
        )}
      </fieldset>

      {lesson.type === 'video' && <VideoFields courseId={courseId} video={draft.video} errors={fields} onChange={(change) => set({ video: { ...draft.video, ...change } })} />}
      {lesson.type === 'text' && (
        <fieldset className="card form-section">
          <legend>{t('lesson.text.legend')}</legend>
          <MarkdownEditor label={t('lesson.text.label')} value={draft.markdown} error={message(fields.markdown)} rows={18} onChange={(markdown) => set({ markdown })} testId="lesson-markdown-input" />
        </fieldset>
      )}
      {lesson.type === 'exercise' && <ExerciseFields exercise={draft.exercise} errors={fields} onChange={(change) => set({ exercise: { ...draft.exercise, ...change } })} />}
      {lesson.type === 'quiz' && <QuizBuilder quiz={draft.quiz} errors={local.quiz} questionTypes={questionTypes} onChange={(quiz) => set({ quiz })} />}

      <ResourcesEditor courseId={courseId} resources={draft.resources} errors={fields} onChange={(resources) => set({ resources })} />

      <div className="actions sticky-actions">
        <button type="submit" className="button" disabled={pending} data-testid="save-lesson">
          {pending ? t('lesson.saving') : t('lesson.save')}
        </button>
        <LiveMessage message={saved} className="saved-message" />
      </div>
    </form>
  );
}
