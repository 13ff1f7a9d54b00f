import { Navigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { RequireAuth } from '@/components/RequireAuth';
import { Loading } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { ApiProblem } from '@/lib/api/problem';
import { useCourseEnrollment } from '../api/useCourseEnrollment';
import { useCourseOutline } from '../api/useCourseOutline';
import { LessonAccessProblem } from '../components/LessonAccessProblem';
import { orderedLessons } from '../model/courseOutline';
import { lessonPath } from '../paths';
import '../learning.css';

export function ResumeCoursePage() {
  const { courseId = '' } = useParams();
  return (
    <RequireAuth>
      <ResumeCourse courseId={courseId} />
    </RequireAuth>
  );
}

/**
 * /courses/:courseId/learn: straight to the lesson to resume at, as the enrollment tells it (the last one opened, or
 * the first not yet completed); the "Resume" buttons and the course page link here.
 */
function ResumeCourse({ courseId }: { courseId: string }) {
  const { t } = useTranslation('learning');
  useDocumentTitle(t('resume.title'));
  const { mine, summary, detail } = useCourseEnrollment(courseId);
  const outline = useCourseOutline(courseId);

  if (mine.error) return <ErrorMessage error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.isPending) return <Loading label={t('resume.title')} />;
  // Not enrolled: the same explanation the lesson view gives for a 403.
  if (!summary) return <LessonAccessProblem error={new ApiProblem(403, undefined)} courseId={courseId} onRetry={() => void mine.refetch()} />;
  if (detail.error) return <ErrorMessage error={detail.error} onRetry={() => void detail.refetch()} />;
  if (detail.isPending) return <Loading label={t('resume.title')} />;

  const resumeAt = detail.data.resume_lesson_id;
  if (resumeAt) return <Navigate to={lessonPath(courseId, resumeAt)} replace />;

  // Nothing to resume at (no lesson opened, none left unfinished): the course's first lesson.
  if (outline.error) return <ErrorMessage error={outline.error} onRetry={() => void outline.refetch()} />;
  if (outline.isPending) return <Loading label={t('resume.title')} />;
  const first = orderedLessons(outline.data.modules)[0];
  if (first) return <Navigate to={lessonPath(courseId, first.id)} replace />;
  return (
    <section className="page narrow">
      <h1>{t('resume.title')}</h1>
      <p>{t('resume.noLessons')}</p>
    </section>
  );
}
