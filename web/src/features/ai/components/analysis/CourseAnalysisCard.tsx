import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '@/components/ProgressBar';
import { useFormat } from '@/lib/format';
import { completionText, paceText, scoreText } from '../../lib/analysisText';
import { lessonPath, resumeCoursePath } from '../../lib/paths';
import type { CourseAnalysis } from '../../types';

/** One course of the learner's analysis: progress, pace, expected end, quiz score, strengths and what to revisit. */
export function CourseAnalysisCard({ course }: { course: CourseAnalysis }) {
  const { t, i18n } = useTranslation('ai');
  const format = useFormat();
  const titleId = useId();
  const progress = Math.round(course.progress_percentage);
  const facts: [string, string][] = [
    [t('analysis.courses.pace'), paceText(t, format, course.lessons_per_week)],
    [t('analysis.courses.completion'), completionText(t, i18n.language, course)],
    [t('analysis.courses.averageScore'), scoreText(t, format, course.average_quiz_score)],
    [t('analysis.courses.lastActivity'), format.relative(course.last_activity_at)],
  ];
  const noTopics = course.strengths.length === 0 && course.weak_topics.length === 0;

  return (
    <li className="card analysis-course" data-testid="analysis-course" aria-labelledby={titleId}>
      <div className="analysis-course-header">
        <h3 id={titleId}>{course.title}</h3>
        <Link to={resumeCoursePath(course.course_id)} className="button button-secondary analysis-resume">
          {t('analysis.courses.resume')}
        </Link>
      </div>
      <div className="analysis-progress">
        <ProgressBar value={course.progress_percentage} label={t('analysis.courses.progressLabel', { title: course.title, value: progress })} />
        <p className="muted">
          {t('analysis.courses.progress', { completed: format.number(course.completed_lessons), total: format.number(course.total_lessons) })} ·{' '}
          {format.percent(course.progress_percentage)}
        </p>
      </div>
      <dl className="analysis-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      {course.strengths.length > 0 && (
        <div className="analysis-topics">
          <h4>{t('analysis.courses.strengths')}</h4>
          <ul className="analysis-chips">
            {course.strengths.map((topic) => (
              <li key={topic.lesson_id} className="analysis-chip">
                <span aria-hidden="true">✓ </span>
                {topic.lesson_title} <span className="muted">· {t('analysis.courses.bestScore', { score: format.percent(topic.best_score) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {course.weak_topics.length > 0 && (
        <div className="analysis-topics">
          <h4>{t('analysis.courses.weakTopics')}</h4>
          <ul className="analysis-weak-list">
            {course.weak_topics.map((topic) => (
              <li key={topic.lesson_id} className="analysis-weak-topic" data-testid="analysis-weak-topic">
                <p className="analysis-weak-title">
                  <strong>{topic.lesson_title}</strong>{' '}
                  <span className="muted">{t('analysis.courses.weakScore', { count: topic.attempts, score: format.percent(topic.best_score) })}</span>
                </p>
                {topic.lessons_to_revisit.length > 0 && (
                  <p className="analysis-revisit">
                    {t('analysis.courses.revisit')}{' '}
                    {topic.lessons_to_revisit.map((lesson, index) => (
                      <span key={lesson.lesson_id}>
                        {index > 0 && ', '}
                        <Link to={lessonPath(course.course_id, lesson.lesson_id)}>{lesson.lesson_title}</Link>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}

      {noTopics && <p className="muted analysis-no-topics">{t('analysis.courses.noTopics')}</p>}
    </li>
  );
}
