import { useEffect, useRef } from 'react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import { useFormat } from '@/lib/format';
import { useSubmitQuizAttempt } from '../api/useSubmitQuizAttempt';
import { useUpdateProgress } from '../api/useUpdateProgress';
import { useLessonProgressTracker } from '../hooks/useLessonProgressTracker';
import { firstUnfinished, neighboursOf, type OrderedLesson } from '../model/courseOutline';
import { courseCompletePath, coursePagePath } from '../paths';
import { EnrollmentStatuses, LessonTypes, type EnrollmentView, type LessonView } from '../types';
import { ExerciseLesson } from './ExerciseLesson';
import { LessonNavigation } from './LessonNavigation';
import { LessonTypeLabel } from './LessonTypeLabel';
import { MarkCompleteButton } from './MarkCompleteButton';
import { QuizForm } from './QuizForm';
import { ResourceList } from './ResourceList';
import { VideoLesson } from './VideoLesson';

/**
 * One open lesson (mounted per lesson, so its state — video position, quiz answers, revealed solution — starts fresh):
 * its content by type, the progress reports, "mark as complete", and previous / next.
 */
export function LessonStage({
  courseId,
  lesson,
  ordered,
  completed,
  enrollment,
  enrollmentKnown,
  focusTitle,
}: {
  courseId: string;
  lesson: LessonView;
  ordered: OrderedLesson[];
  completed: Set<string>;
  /** The learner's enrollment in the course; null for a preview (not enrolled). */
  enrollment: EnrollmentView | null;
  enrollmentKnown: boolean;
  /** Arrived from another lesson (not a fresh page load): reading starts at the title. */
  focusTitle: boolean;
}) {
  const { t } = useTranslation('learning');
  const format = useFormat();
  const navigate = useNavigate();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const positionRef = useRef<number | null>(lesson.progress?.position_seconds ?? null);
  const enrolled = enrollment !== null;
  const { flush } = useLessonProgressTracker({
    courseId,
    lessonId: lesson.id,
    enabled: enrolled,
    baseSeconds: lesson.progress?.time_spent_seconds ?? 0,
    positionRef,
  });
  const complete = useUpdateProgress(courseId);
  const quiz = useSubmitQuizAttempt(courseId, lesson.id);

  // Arriving from previous/next or the outline, the link that had focus is gone: start reading at the title.
  useEffect(() => {
    if (focusTitle && (!document.activeElement || document.activeElement === document.body)) headingRef.current?.focus({ preventScroll: true });
  }, [focusTitle]);

  const { previous, next } = neighboursOf(ordered, lesson.id);
  const place = ordered.find((item) => item.id === lesson.id);
  const isCompleted = completed.has(lesson.id);
  const courseCompleted = enrollment?.status === EnrollmentStatuses.completed;
  const remaining = ordered.filter((item) => !completed.has(item.id)).length;

  const markComplete = () => {
    const courseWasCompleted = courseCompleted;
    complete.mutate(
      { lessonId: lesson.id, update: { status: 'completed', time_spent_seconds: null, position_seconds: positionRef.current } },
      {
        onSuccess: (result) => {
          // The course has just been completed, or its last lesson was: the completion screen.
          if (result.enrollment.status === EnrollmentStatuses.completed && (!courseWasCompleted || !next)) {
            navigate(courseCompletePath(courseId));
          }
        },
      },
    );
  };

  return (
    <>
      <article className="lesson" aria-labelledby="lesson-title">
        <p className="lesson-eyebrow muted">
          {place && <span>{place.moduleTitle}</span>}
          {place && <span aria-hidden="true"> · </span>}
          <LessonTypeLabel type={lesson.type} />
          {lesson.duration_seconds > 0 && <span> · {format.seconds(lesson.duration_seconds)}</span>}
          {isCompleted && (
            <span className="badge badge-success lesson-done">
              <span aria-hidden="true">✓ </span>
              {t('player.completed')}
            </span>
          )}
        </p>
        <h1 id="lesson-title" ref={headingRef} tabIndex={-1} data-testid="lesson-title">
          {lesson.title}
        </h1>

        {enrollmentKnown && !enrolled && (
          <div className="alert alert-info preview-banner">
            <p className="alert-title">{t('player.preview')}</p>
            <Link to={coursePagePath(courseId)}>{t('player.seeCourse')}</Link>
          </div>
        )}

        {lesson.type === LessonTypes.video && lesson.video && (
          <VideoLesson
            video={lesson.video}
            title={lesson.title}
            savedPosition={lesson.progress?.position_seconds ?? null}
            positionRef={positionRef}
            onPause={flush}
          />
        )}
        {lesson.markdown && <Markdown source={lesson.markdown} className="lesson-text" />}
        {lesson.type === LessonTypes.exercise && lesson.exercise && <ExerciseLesson exercise={lesson.exercise} />}
        {lesson.type === LessonTypes.quiz && lesson.quiz && (
          <QuizForm
            quiz={lesson.quiz}
            progress={lesson.progress}
            onSubmit={(request) => quiz.mutateAsync(request)}
            submitting={quiz.isPending}
            submitError={quiz.error}
            onRetry={() => quiz.reset()}
            completionPathFor={(result) => (result.enrollment.status === EnrollmentStatuses.completed ? courseCompletePath(courseId) : null)}
          />
        )}
        <ResourceList resources={lesson.resources} />

        {enrolled && lesson.type !== LessonTypes.quiz && (
          <MarkCompleteButton completed={isCompleted} pending={complete.isPending} error={complete.error} onComplete={markComplete} />
        )}
        {enrolled && lesson.type === LessonTypes.quiz && !isCompleted && <p className="muted">{t('player.quizCompletes')}</p>}
      </article>

      <LessonNavigation
        courseId={courseId}
        previous={previous}
        next={next}
        courseCompleted={courseCompleted}
        remaining={remaining}
        firstUnfinished={firstUnfinished(ordered, completed)}
        currentLessonId={lesson.id}
      />
    </>
  );
}
