import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@/components/ProgressBar';
import { useFormat } from '@/lib/format';
import { inactivityText, reasonText, scoreText } from '../../lib/analysisText';
import { lessonEditorPath } from '../../lib/paths';
import type { LearnerAtRisk } from '../../types';

/**
 * The learners who need support, most signals first (the service's order): why, in words on badges, where they
 * stand, their weak topics and the lessons to revisit (links to the lesson editor, to check what those lessons say).
 */
export function AtRiskList({ courseId, learners }: { courseId: string; learners: LearnerAtRisk[] }) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  return (
    <ul className="at-risk-list" aria-label={t('atRisk.listLabel')}>
      {learners.map((learner) => {
        const name = learner.name?.trim() || t('atRisk.unnamed');
        const progress = Math.round(learner.progress_percentage);
        return (
          <li key={learner.learner_id} className="card at-risk-learner" data-testid="at-risk-learner">
            <p className="at-risk-name">
              <strong>{name}</strong>
            </p>
            <p className="visually-hidden">{t('atRisk.reasonsLabel')}</p>
            <ul className="at-risk-reasons">
              {learner.reasons.map((reason) => (
                <li key={reason} className={reason === 'inactive' ? 'badge badge-warning' : 'badge badge-danger'} data-reason={reason}>
                  {reasonText(t, format, learner, reason)}
                </li>
              ))}
            </ul>
            <dl className="at-risk-facts">
              <div>
                <dt>{t('atRisk.progress')}</dt>
                <dd className="at-risk-progress">
                  <ProgressBar value={learner.progress_percentage} label={t('atRisk.progressLabel', { name, value: progress })} />
                  <span>{format.percent(learner.progress_percentage)}</span>
                </dd>
              </div>
              <div>
                <dt>{t('atRisk.lastActivity')}</dt>
                <dd>{inactivityText(t, learner.days_inactive)}</dd>
              </div>
              <div>
                <dt>{t('atRisk.averageScore')}</dt>
                <dd>{scoreText(t, format, learner.average_quiz_score)}</dd>
              </div>
              {learner.weak_topics.length > 0 && (
                <div className="at-risk-wide">
                  <dt>{t('atRisk.weakTopics')}</dt>
                  <dd>{learner.weak_topics.join(' · ')}</dd>
                </div>
              )}
              {learner.lessons_to_revisit.length > 0 && (
                <div className="at-risk-wide">
                  <dt>{t('atRisk.revisit')}</dt>
                  <dd>
                    <ul className="at-risk-lessons">
                      {learner.lessons_to_revisit.map((lesson) => (
                        <li key={lesson.lesson_id}>
                          <Link to={lessonEditorPath(courseId, lesson.lesson_id)}>{lesson.lesson_title}</Link>
                        </li>
                      ))}
                    </ul>
                  </dd>
                </div>
              )}
            </dl>
          </li>
        );
      })}
    </ul>
  );
}
