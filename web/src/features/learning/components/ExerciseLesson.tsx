import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import type { ExerciseView } from '../types';

/**
 * An exercise: the instructions, a checklist the learner ticks for themselves, and the expected output kept hidden
 * until asked for (the schema's "solution": there is no starter code or worked solution in the lesson view).
 */
export function ExerciseLesson({ exercise }: { exercise: ExerciseView }) {
  const { t } = useTranslation('learning');
  const [revealed, setRevealed] = useState(false);
  const [checked, setChecked] = useState<Set<number>>(() => new Set());
  const solutionId = useId();

  const toggle = (index: number) =>
    setChecked((current) => {
      const next = new Set(current);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  return (
    <div className="exercise-lesson">
      <section aria-labelledby={`${solutionId}-instructions`}>
        <h2 id={`${solutionId}-instructions`}>{t('exercise.instructions')}</h2>
        <Markdown source={exercise.instructions} />
      </section>

      {exercise.checklist.length > 0 && (
        <section aria-labelledby={`${solutionId}-checklist`}>
          <h2 id={`${solutionId}-checklist`}>{t('exercise.checklist')}</h2>
          <p className="muted">{t('exercise.checklistHint')}</p>
          <ul className="checklist" role="list">
            {exercise.checklist.map((item, index) => (
              <li key={index}>
                <label className="checkbox">
                  <input type="checkbox" checked={checked.has(index)} onChange={() => toggle(index)} />
                  <span>{item}</span>
                </label>
              </li>
            ))}
          </ul>
        </section>
      )}

      {exercise.expected_output && (
        <section aria-labelledby={`${solutionId}-solution`}>
          <h2 id={`${solutionId}-solution`}>{t('exercise.expectedOutput')}</h2>
          {!revealed && <p className="muted">{t('exercise.solutionHint')}</p>}
          <button
            type="button"
            className="button button-secondary"
            aria-expanded={revealed}
            aria-controls={`${solutionId}-output`}
            onClick={() => setRevealed((open) => !open)}
          >
            {revealed ? t('exercise.hideSolution') : t('exercise.showSolution')}
          </button>
          <pre id={`${solutionId}-output`} className="expected-output" hidden={!revealed}>
            {exercise.expected_output}
          </pre>
        </section>
      )}
    </div>
  );
}
