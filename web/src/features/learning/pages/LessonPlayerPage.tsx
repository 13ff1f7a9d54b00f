import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ProgressBar } from '@/components/ProgressBar';
import { RequireAuth } from '@/components/RequireAuth';
import { Loading } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { lessonAside } from '@/lib/slots';
import { useCourseEnrollment } from '../api/useCourseEnrollment';
import { useCourseOutline } from '../api/useCourseOutline';
import { useLesson } from '../api/useLesson';
import { CourseOutline } from '../components/CourseOutline';
import { LessonAccessProblem } from '../components/LessonAccessProblem';
import { LessonStage } from '../components/LessonStage';
import { completedLessonIds, orderedLessons } from '../model/courseOutline';
import { coursePagePath } from '../paths';
import '../learning.css';

export function LessonPlayerPage() {
  const { courseId = '', lessonId = '' } = useParams();
  return (
    <RequireAuth>
      <LessonPlayer courseId={courseId} lessonId={lessonId} />
    </RequireAuth>
  );
}

/**
 * The lesson view: the lesson with its previous/next, and the course outline beside it (a drawer on a phone). The
 * outline, the enrollment and the lesson load independently, so the outline shows while a lesson loads.
 */
function LessonPlayer({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  const { t } = useTranslation('learning');
  const outline = useCourseOutline(courseId);
  const { mine, summary, detail } = useCourseEnrollment(courseId);
  const lesson = useLesson(courseId, lessonId);
  const ordered = useMemo(() => orderedLessons(outline.data?.modules ?? []), [outline.data]);
  const completed = useMemo(() => {
    const ids = completedLessonIds(detail.data?.lessons);
    if (lesson.data?.progress?.completed_at) ids.add(lesson.data.id);
    return ids;
  }, [detail.data, lesson.data]);
  useDocumentTitle(lesson.data?.title ?? outline.data?.title);

  const drawer = useOutlineDrawer(lessonId);
  const firstLessonId = useRef(lessonId);

  if (lesson.error) return <LessonAccessProblem error={lesson.error} courseId={courseId} onRetry={() => void lesson.refetch()} />;

  return (
    <div className={drawer.open ? 'player drawer-open' : 'player'}>
      <div className="player-main">
        <div className="player-bar">
          <Link className="player-course-link" to={coursePagePath(courseId)}>
            <span aria-hidden="true">← </span>
            {outline.data?.title ?? t('player.backToCourse')}
          </Link>
          {summary && (
            <div className="player-progress">
              <ProgressBar value={summary.progress_percentage} />
              <span className="muted">{t('player.progress', { completed: summary.completed_lessons, total: summary.total_lessons })}</span>
            </div>
          )}
          <button
            ref={drawer.toggleRef}
            type="button"
            className="button button-secondary outline-toggle"
            aria-expanded={drawer.open}
            aria-controls="course-outline"
            onClick={drawer.toggle}
          >
            <span aria-hidden="true">☰ </span>
            {t('player.openOutline')}
          </button>
        </div>

        {lesson.isPending || !lesson.data ? (
          <Loading />
        ) : (
          <LessonStage
            key={lessonId}
            courseId={courseId}
            lesson={lesson.data}
            ordered={ordered}
            completed={completed}
            enrollment={summary}
            enrollmentKnown={!mine.isPending}
            focusTitle={lessonId !== firstLessonId.current}
          />
        )}
        <lessonAside.Render courseId={courseId} lessonId={lessonId} />
      </div>

      <aside id="course-outline" className="player-outline" aria-labelledby="outline-heading" onKeyDown={drawer.onKeyDown}>
        <button type="button" className="button button-ghost outline-close" onClick={drawer.close}>
          <span aria-hidden="true">✕ </span>
          {t('player.closeOutline')}
        </button>
        {outline.data ? (
          <CourseOutline
            courseId={courseId}
            modules={outline.data.modules}
            completed={completed}
            currentLessonId={lessonId}
            headingId="outline-heading"
          />
        ) : outline.isPending ? (
          <Loading />
        ) : (
          <ErrorMessage error={outline.error} onRetry={() => void outline.refetch()} />
        )}
      </aside>
      {drawer.open && <div className="drawer-backdrop" aria-hidden="true" onClick={drawer.close} />}
    </div>
  );
}

/**
 * The outline as a drawer on small screens (on wide ones it is always shown and the toggle hidden by CSS): focus goes
 * to its heading when opened and back to the toggle when closed with Escape or the close button; it closes on
 * navigation to another lesson.
 */
function useOutlineDrawer(lessonId: string) {
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  useEffect(() => setOpen(false), [lessonId]);
  useEffect(() => {
    if (open) document.getElementById('outline-heading')?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    toggleRef.current?.focus();
  };
  return {
    open,
    toggleRef,
    toggle: () => setOpen((value) => !value),
    close,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === 'Escape' && open) close();
    },
  };
}
