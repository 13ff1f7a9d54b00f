import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/Field';
import { newQuestion, questionTypes as allQuestionTypes, quizLimits, type QuestionType, type QuizDraft, type QuizErrors } from '../../model/quizDraft';
import { moveByStep } from '../../model/reorder';
import { LiveMessage, useFieldMessage } from '../FormControls';
import { refocus } from '../outline/refocus';
import { QuestionEditor } from './QuestionEditor';

type Props = {
  quiz: QuizDraft;
  onChange: (quiz: QuizDraft) => void;
  errors: QuizErrors;
  /** From the vocabulary; the four the builder knows otherwise. */
  questionTypes?: string[];
};

/** Questions added, edited, reordered and removed; pass mark and attempt limit. Validated by the lesson form on save. */
export function QuizBuilder({ quiz, onChange, errors, questionTypes }: Props) {
  const { t } = useTranslation('authoring');
  const message = useFieldMessage();
  const [announcement, setAnnouncement] = useState('');
  const types = (questionTypes ?? allQuestionTypes).filter((type): type is QuestionType => (allQuestionTypes as readonly string[]).includes(type));
  const keys = quiz.questions.map((question) => question.key);
  const invalidCount = Object.keys(errors.questions).length;

  const add = () => {
    const question = newQuestion(types[0] ?? 'single_choice');
    onChange({ ...quiz, questions: [...quiz.questions, question] });
    setAnnouncement(t('lesson.quiz.added', { number: quiz.questions.length + 1 }));
    refocus(`[data-question-prompt="${question.key}"]`);
  };
  const step = (key: string, direction: -1 | 1) => {
    const order = moveByStep(keys, key, direction);
    if (!order) return;
    onChange({ ...quiz, questions: order.map((k) => quiz.questions.find((question) => question.key === k)!) });
    setAnnouncement(t('lesson.quiz.moved', { number: order.indexOf(key) + 1 }));
    refocus(`[data-question-${direction < 0 ? 'up' : 'down'}="${key}"]`, `[data-question-${direction < 0 ? 'down' : 'up'}="${key}"]`);
  };
  const remove = (key: string) => {
    onChange({ ...quiz, questions: quiz.questions.filter((question) => question.key !== key) });
    setAnnouncement(t('lesson.quiz.removed'));
    refocus('[data-testid="question-add"]');
  };

  return (
    <fieldset className="card form-section quiz-builder">
      <legend>{t('lesson.quiz.legend')}</legend>
      <div className="form-row">
        <Field
          label={t('lesson.quiz.passingScore')}
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          value={quiz.passingScore}
          error={message(errors.passingScore)}
          onChange={(event) => onChange({ ...quiz, passingScore: Math.floor(Number(event.target.value) || 0) })}
        />
        <Field
          label={t('lesson.quiz.maxAttempts')}
          hint={t('lesson.quiz.maxAttemptsHint')}
          type="number"
          min={1}
          max={100}
          inputMode="numeric"
          value={quiz.maxAttempts ?? ''}
          error={message(errors.maxAttempts)}
          onChange={(event) => onChange({ ...quiz, maxAttempts: event.target.value === '' ? null : Math.floor(Number(event.target.value)) })}
        />
      </div>
      {errors.quiz && (
        <p className="field-error" role="alert">
          {message(errors.quiz)}
        </p>
      )}
      {invalidCount > 0 && (
        <p className="field-error" role="alert">
          {t('lesson.quiz.errors', { count: invalidCount })}
        </p>
      )}
      {quiz.questions.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state-title">{t('lesson.quiz.empty')}</p>
          <p>{t('lesson.quiz.emptyHint')}</p>
        </div>
      ) : (
        <ol className="question-list">
          {quiz.questions.map((question, index) => (
            <QuestionEditor
              key={question.key}
              question={question}
              number={index + 1}
              count={quiz.questions.length}
              questionTypes={types}
              errors={errors.questions[question.key]}
              onChange={(changed) => onChange({ ...quiz, questions: quiz.questions.map((item) => (item.key === question.key ? changed : item)) })}
              onStep={(direction) => step(question.key, direction)}
              onRemove={() => remove(question.key)}
            />
          ))}
        </ol>
      )}
      <div>
        <button type="button" className="button button-secondary" onClick={add} disabled={quiz.questions.length >= quizLimits.maxQuestions} data-testid="question-add">
          <span aria-hidden="true">+</span> {t('lesson.quiz.add')}
        </button>
      </div>
      <LiveMessage message={announcement} />
    </fieldset>
  );
}
