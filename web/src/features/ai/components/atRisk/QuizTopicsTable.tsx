import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { QuizTopic } from '../../types';

/**
 * The course's quizzes: which to strengthen (said in words on a badge, the row's tint only repeats it), pass rate,
 * average best score and how many learners tried each.
 */
export function QuizTopicsTable({ topics, weakIds }: { topics: QuizTopic[]; weakIds: Set<string> }) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  if (topics.length === 0) return <p className="muted">{t('atRisk.quizzes.none')}</p>;
  return (
    <>
      {/* Scrolls sideways on a phone: focusable, so a keyboard can scroll it too. The state comes first after the name. */}
      <div className="table-wrap" role="region" aria-label={t('atRisk.quizzes.caption')} tabIndex={0}>
        <table className="table at-risk-quizzes">
          <caption className="visually-hidden">{t('atRisk.quizzes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('atRisk.quizzes.quiz')}</th>
              <th scope="col">{t('atRisk.quizzes.state')}</th>
              <th scope="col">{t('atRisk.quizzes.passRate')}</th>
              <th scope="col">{t('atRisk.quizzes.averageScore')}</th>
              <th scope="col">{t('atRisk.quizzes.learners')}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => {
              const weak = weakIds.has(topic.lesson_id);
              const tried = topic.learners > 0;
              return (
                <tr key={topic.lesson_id} className={weak ? 'at-risk-weak-row' : undefined} data-testid="at-risk-quiz" data-weak={weak}>
                  <th scope="row">{topic.lesson_title}</th>
                  <td>
                    {weak ? (
                      <span className="badge badge-danger">
                        <span aria-hidden="true">⚠ </span>
                        {t('atRisk.quizzes.weak')}
                      </span>
                    ) : tried ? (
                      <span className="badge badge-success">{t('atRisk.quizzes.ok')}</span>
                    ) : (
                      <span className="muted">{t('atRisk.quizzes.untried')}</span>
                    )}
                  </td>
                  <td>{topic.pass_rate === null || topic.pass_rate === undefined ? '—' : format.percent(topic.pass_rate * 100)}</td>
                  <td>{topic.average_best_score === null || topic.average_best_score === undefined ? '—' : format.percent(topic.average_best_score)}</td>
                  <td>{format.number(topic.learners)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {weakIds.size > 0 && <p className="muted at-risk-note">{t('atRisk.quizzes.weakHint')}</p>}
    </>
  );
}
