import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { courseCompletePath, lessonPath } from '../paths';
import type { OrderedLesson } from '../model/courseOutline';

/**
 * Previous / next lesson. On the last lesson: the way to the completion screen once the course is complete, or
 * else how many lessons are left and a link to the first of them.
 */
export function LessonNavigation({
  courseId,
  previous,
  next,
  courseCompleted,
  remaining,
  firstUnfinished,
  currentLessonId,
}: {
  courseId: string;
  previous: OrderedLesson | null;
  next: OrderedLesson | null;
  courseCompleted: boolean;
  remaining: number;
  firstUnfinished: OrderedLesson | null;
  currentLessonId: string;
}) {
  const { t } = useTranslation('learning');
  return (
    <nav className="lesson-nav" aria-label={t('player.lessonNav')}>
      <div className="lesson-nav-previous">
        {previous && (
          <Link className="button button-secondary" to={lessonPath(courseId, previous.id)} data-testid="previous-lesson" rel="prev">
            <span aria-hidden="true">← </span>
            <span className="lesson-nav-text">
              <span className="lesson-nav-label">{t('player.previous')}</span>
              <span className="lesson-nav-title">{previous.title}</span>
            </span>
          </Link>
        )}
      </div>
      <div className="lesson-nav-next">
        {next ? (
          <Link className="button" to={lessonPath(courseId, next.id)} data-testid="next-lesson" rel="next">
            <span className="lesson-nav-text">
              <span className="lesson-nav-label">{t('player.next')}</span>
              <span className="lesson-nav-title">{next.title}</span>
            </span>
            <span aria-hidden="true"> →</span>
          </Link>
        ) : courseCompleted ? (
          <Link className="button" to={courseCompletePath(courseId)} data-testid="finish-course">
            {t('player.finish')}
          </Link>
        ) : remaining > 0 ? (
          <p className="lesson-nav-remaining">
            {t('player.remaining', { count: remaining })}{' '}
            {firstUnfinished && firstUnfinished.id !== currentLessonId && <Link to={lessonPath(courseId, firstUnfinished.id)}>{t('player.goToUnfinished', { title: firstUnfinished.title })}</Link>}
          </p>
        ) : null}
      </div>
    </nav>
  );
}
