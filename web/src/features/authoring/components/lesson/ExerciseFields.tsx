import { useTranslation } from 'react-i18next';
import type { FieldErrors } from '../../model/fieldErrors';
import type { LessonDraft } from '../../model/lessonForm';
import { EditableList } from '../EditableList';
import { TextAreaField } from '@/components/Field';
import { useFieldMessage } from '../FormControls';
import { MarkdownEditor } from '../MarkdownEditor';

type Exercise = LessonDraft['exercise'];

export function ExerciseFields({ exercise, onChange, errors }: { exercise: Exercise; onChange: (change: Partial<Exercise>) => void; errors: FieldErrors }) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  return (
    <fieldset className="card form-section">
      <legend>{t('lesson.exercise.legend')}</legend>
      <MarkdownEditor label={t('lesson.exercise.instructions')} value={exercise.instructions} error={message(errors['exercise.instructions'])} onChange={(instructions) => onChange({ instructions })} testId="exercise-instructions-input" />
      <EditableList
        legend={t('lesson.exercise.checklist')}
        hint={t('lesson.exercise.checklistHint')}
        error={message(errors['exercise.checklist'])}
        items={exercise.checklist}
        onChange={(checklist) => onChange({ checklist })}
        itemLabel={(number) => t('lesson.exercise.checklistItem', { number })}
        addLabel={t('lesson.exercise.addChecklist')}
        maxLength={500}
      />
      <TextAreaField
        label={t('lesson.exercise.expectedOutput')}
        hint={t('lesson.exercise.expectedOutputHint')}
        value={exercise.expectedOutput}
        rows={4}
        className="monospace"
        error={message(errors['exercise.expected_output'])}
        onChange={(event) => onChange({ expectedOutput: event.target.value })}
      />
    </fieldset>
  );
}
