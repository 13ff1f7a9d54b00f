import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import { useEditableCourse } from '../api/courses';
import { useLesson, useUpdateLesson } from '../api/lessons';
import { useVocabulary } from '../api/vocabulary';
import { LessonEditorForm } from '../components/lesson/LessonEditorForm';
import { StatusBadge } from '../components/StatusBadge';
import { teachPaths } from '../paths';
import { lessonEditorTools } from '@/lib/slots';
import '../authoring.css';

export function LessonEditorPage() {
  const { courseId = '', lessonId = '' } = useParams();
  const { t } = useTranslation('authoring');
  const course = useEditableCourse(courseId);
  const lesson = useLesson(courseId, lessonId);
  const vocabulary = useVocabulary();
  const update = useUpdateLesson(courseId);
  useDocumentTitle(lesson.data ? `${lesson.data.title} · ${course.data?.title ?? ''}` : t('mine.title'));

  const outline = teachPaths.course(courseId, 'outline');
  const breadcrumbs = (
    <nav aria-label={t('lesson.back')} className="breadcrumbs">
      <Link to={teachPaths.mine}>{t('editor.back')}</Link>
      <span aria-hidden="true"> › </span>
      <Link to={outline}>{course.data?.title ?? t('editor.tabs.outline')}</Link>
    </nav>
  );

  if (lesson.isPending) return <Loading />;
  if (lesson.error || !lesson.data) {
    return (
      <section className="page teach-page">
        {breadcrumbs}
        <h1>{t('lesson.title')}</h1>
        {isProblem(lesson.error, 404) && <p>{t('lesson.notFound')}</p>}
        <ErrorMessage error={lesson.error} onRetry={() => void lesson.refetch()} />
      </section>
    );
  }

  const data = lesson.data;
  return (
    <section className="page teach-page">
      {breadcrumbs}
      <header className="page-header editor-header">
        <div>
          <h1>{data.title}</h1>
          <p className="editor-meta">
            <span className="badge">{t(`lessonType.${data.type}`, { defaultValue: data.type })}</span>
            {course.data && <StatusBadge status={course.data.status} testId="course-status" />}
          </p>
        </div>
        <Link to={outline} className="button button-secondary">
          ← {t('lesson.back')}
        </Link>
      </header>
      <LessonEditorForm
        key={data.id}
        courseId={courseId}
        lesson={data}
        questionTypes={vocabulary.data?.question_types}
        pending={update.isPending}
        error={update.error}
        onSave={async (body) => {
          try {
            return await update.mutateAsync({ lessonId, body });
          } catch {
            return null; // shown by the form through `error`
          }
        }}
      />
      <lessonEditorTools.Render courseId={courseId} lessonId={data.id} lessonType={data.type} />
    </section>
  );
}
