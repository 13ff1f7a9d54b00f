import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Field } from '@/components/Field';
import { isProblem } from '@/lib/api/problem';
import { parseQuestionCount } from '../../lib/quizReview';

/** How many questions to generate (1–20, 5 by default) and the button; a lesson without text says so. */
export function QuizGeneratorForm({ pending, error, onGenerate }: { pending: boolean; error: unknown; onGenerate: (count: number) => void }) {
  const { t } = useTranslation('ai');
  const [count, setCount] = useState('5');
  const [touched, setTouched] = useState(false);
  const parsed = parseQuestionCount(count);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (parsed !== null) onGenerate(parsed);
  };

  return (
    <form className="quiz-generator-form" onSubmit={submit} noValidate>
      <div className="quiz-generator-row">
        <Field
          label={t('quiz.generator.count')}
          hint={t('quiz.generator.countHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={20}
          step={1}
          value={count}
          error={touched && parsed === null ? t('quiz.generator.countInvalid') : undefined}
          onChange={(event) => setCount(event.target.value)}
          onBlur={() => setTouched(true)}
        />
        <button type="submit" className="button" disabled={pending} data-testid="quiz-generate">
          {pending ? t('quiz.generator.generating') : t('quiz.generator.generate')}
        </button>
      </div>
      {pending && (
        <p className="visually-hidden" role="status">
          {t('quiz.generator.generating')}
        </p>
      )}
      {isProblem(error, 422) ? (
        // The lesson has nothing to make questions from: our sentence, then the service's own words (in English).
        <div className="alert alert-error" role="alert" data-testid="quiz-generate-error">
          <p className="alert-title">{t('quiz.generator.noText')}</p>
          {error.detail && (
            <p className="alert-details">
              {t('quiz.generator.serviceSaid')} <span lang="en">{error.detail}</span>
            </p>
          )}
        </div>
      ) : error ? (
        <ErrorMessage error={error} />
      ) : null}
    </form>
  );
}
