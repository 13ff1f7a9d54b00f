import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, SelectField, TextAreaField } from '@/components/Field';
import { changeType, quizLimits, removeOption, toggleCorrect, type QuestionDraft, type QuestionErrors, type QuestionType } from '../../model/quizDraft';
import { EditableList } from '../EditableList';
import { useFieldMessage } from '../FormControls';

type Props = {
  question: QuestionDraft;
  number: number;
  count: number;
  questionTypes: QuestionType[];
  errors: QuestionErrors | undefined;
  onChange: (question: QuestionDraft) => void;
  onStep: (step: -1 | 1) => void;
  onRemove: () => void;
};

/** One question of the quiz builder: its type decides what marks the right answer. */
export function QuestionEditor({ question, number, count, questionTypes, errors, onChange, onStep, onRemove }: Props) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  const id = useId();
  const set = (change: Partial<QuestionDraft>) => onChange({ ...question, ...change });
  const choice = question.type === 'single_choice' || question.type === 'multiple_choice';
  const invalid = errors && Object.keys(errors).length > 0;

  return (
    <li className={invalid ? 'card question invalid' : 'card question'} data-testid="quiz-question" data-question-key={question.key}>
      <fieldset>
        <legend className="visually-hidden">{t('lesson.quiz.question', { number })}</legend>
        {/* The visible title shares its line with the tools (a legend cannot); screen readers have the legend. */}
        <div className="question-header">
          <span className="question-title" aria-hidden="true">
            {t('lesson.quiz.question', { number })}
          </span>
          <span className="question-toolbar">
            <span className="icon-buttons">
              <button type="button" className="button button-ghost icon-button" disabled={number === 1} onClick={() => onStep(-1)} aria-label={t('lesson.quiz.moveUp', { number })} data-question-up={question.key}>
                <span aria-hidden="true">↑</span>
              </button>
              <button type="button" className="button button-ghost icon-button" disabled={number === count} onClick={() => onStep(1)} aria-label={t('lesson.quiz.moveDown', { number })} data-question-down={question.key}>
                <span aria-hidden="true">↓</span>
              </button>
            </span>
            <button type="button" className="button button-ghost danger-text" onClick={onRemove} aria-label={t('lesson.quiz.remove', { number })}>
              {t('actions.delete', { ns: 'common' })}
            </button>
          </span>
        </div>
        <div className="form-row">
          <SelectField
            label={t('lesson.quiz.type')}
            value={question.type}
            onChange={(event) => onChange(changeType(question, event.target.value as QuestionType))}
            options={questionTypes.map((type) => ({ value: type, label: t(`questionType.${type}`) }))}
            data-testid="question-type-select"
          />
          <Field label={t('lesson.quiz.points')} type="number" min={1} max={100} inputMode="numeric" value={question.points} error={message(errors?.points)} onChange={(event) => set({ points: Math.floor(Number(event.target.value) || 0) })} />
        </div>
        <TextAreaField label={t('lesson.quiz.prompt')} value={question.prompt} rows={2} maxLength={quizLimits.promptMax} error={message(errors?.prompt)} onChange={(event) => set({ prompt: event.target.value })} data-testid="question-prompt-input" data-question-prompt={question.key} />

        {choice && (
          <fieldset className="options" aria-describedby={errors?.options || errors?.correct ? `${id}-options-error` : undefined}>
            <legend className="label">{t('lesson.quiz.options')}</legend>
            <ol className="option-list">
              {question.options.map((option, index) => (
                <li key={index} className="option-row">
                  <input
                    type={question.type === 'single_choice' ? 'radio' : 'checkbox'}
                    name={`${id}-correct`}
                    checked={question.correctOptions.includes(index)}
                    onChange={() => onChange(toggleCorrect(question, index))}
                    aria-label={t('lesson.quiz.correctNamed', { number: index + 1 })}
                    data-testid="option-correct"
                  />
                  <input type="text" value={option} maxLength={quizLimits.optionMax} aria-label={t('lesson.quiz.option', { number: index + 1 })} onChange={(event) => set({ options: question.options.map((item, position) => (position === index ? event.target.value : item)) })} data-testid="option-input" />
                  <button type="button" className="button button-ghost icon-button" disabled={question.options.length <= quizLimits.minOptions} onClick={() => onChange(removeOption(question, index))} aria-label={t('lesson.quiz.removeOption', { number: index + 1 })}>
                    <span aria-hidden="true">✕</span>
                  </button>
                </li>
              ))}
            </ol>
            {(errors?.options || errors?.correct) && (
              <p className="field-error" id={`${id}-options-error`}>
                {[message(errors.options), message(errors.correct)].filter(Boolean).join(' ')}
              </p>
            )}
            <div>
              <button type="button" className="button button-secondary" disabled={question.options.length >= quizLimits.maxOptions} onClick={() => set({ options: [...question.options, ''] })}>
                {t('lesson.quiz.addOption')}
              </button>
            </div>
          </fieldset>
        )}

        {question.type === 'true_false' && (
          <fieldset className="options" aria-describedby={errors?.correct ? `${id}-tf-error` : undefined}>
            <legend className="label">{t('lesson.quiz.answer')}</legend>
            <div className="radio-row">
              {[true, false].map((value) => (
                <label key={String(value)} className="checkbox">
                  <input type="radio" name={`${id}-tf`} checked={question.correctBoolean === value} onChange={() => set({ correctBoolean: value })} />
                  {value ? t('lesson.quiz.true') : t('lesson.quiz.false')}
                </label>
              ))}
            </div>
            {errors?.correct && (
              <p className="field-error" id={`${id}-tf-error`}>
                {message(errors.correct)}
              </p>
            )}
          </fieldset>
        )}

        {question.type === 'short_answer' && (
          <EditableList
            legend={t('lesson.quiz.accepted')}
            hint={t('lesson.quiz.acceptedHint')}
            error={message(errors?.accepted)}
            items={question.acceptedAnswers}
            onChange={(acceptedAnswers) => set({ acceptedAnswers })}
            itemLabel={(item) => t('lesson.quiz.acceptedItem', { number: item })}
            addLabel={t('lesson.quiz.addAccepted')}
            maxLength={quizLimits.answerMax}
          />
        )}

        <TextAreaField label={t('lesson.quiz.explanation')} value={question.explanation} rows={2} maxLength={2000} error={message(errors?.explanation)} onChange={(event) => set({ explanation: event.target.value })} />
      </fieldset>
    </li>
  );
}
