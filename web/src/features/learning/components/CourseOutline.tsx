import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { sortedModules } from '../model/courseOutline';
import { lessonPath } from '../paths';
import type { ModuleOutline } from '../types';
import { LessonTypeLabel } from './LessonTypeLabel';

/**
 * The course's modules and lessons, the current one marked (aria-current) and the completed ones ticked (a tick and
 * the word, for those who do not see the colour or the symbol).
 */
export function CourseOutline({
  courseId,
  modules,
  completed,
  currentLessonId,
  headingId,
}: {
  courseId: string;
  modules: ModuleOutline[];
  completed: Set<string>;
  currentLessonId: string;
  headingId: string;
}) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  return (
    <div className="outline">
      <h2 id={headingId} className="outline-heading" tabIndex={-1}>
        {t('player.outline')}
      </h2>
      {sortedModules(modules).map((module) => {
        const done = module.lessons.filter((lesson) => completed.has(lesson.id)).length;
        const moduleHeading = `outline-module-${module.id}`;
        return (
          <section key={module.id} className="outline-module" aria-labelledby={moduleHeading}>
            <h3 id={moduleHeading} className="outline-module-title">
              {module.title}
            </h3>
            <p className="outline-module-progress muted">{t('player.moduleProgress', { completed: done, total: module.lessons.length })}</p>
            <ol className="outline-lessons">
              {module.lessons.map((lesson) => {
                const isCurrent = lesson.id === currentLessonId;
                const isDone = completed.has(lesson.id);
                return (
                  <li key={lesson.id}>
                    <Link
                      to={lessonPath(courseId, lesson.id)}
                      className={['outline-lesson', isCurrent ? 'current' : '', isDone ? 'done' : ''].filter(Boolean).join(' ')}
                      aria-current={isCurrent ? 'page' : undefined}
                      data-testid="outline-lesson"
                    >
                      <span className={isDone ? 'outline-tick done' : 'outline-tick'} aria-hidden="true">
                        {isDone ? '✓' : ''}
                      </span>
                      <span className="outline-lesson-text">
                        <span className="outline-lesson-title">{lesson.title}</span>
                        <span className="outline-lesson-meta muted">
                          <LessonTypeLabel type={lesson.type} />
                          {lesson.duration_seconds > 0 && <> · {format.seconds(lesson.duration_seconds)}</>}
                        </span>
                        {isDone && <span className="visually-hidden">, {t('player.completed')}</span>}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
