import { useId } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { isProblem } from '@/lib/api/problem';
import { useGenerateQuiz } from '../../api/useGenerateQuiz';
import { useQuizDrafts } from '../../api/useQuizDrafts';
import { quizDraftPath } from '../../lib/paths';
import { lessonDrafts } from '../../lib/quizReview';
import { LessonDraftList } from './LessonDraftList';
import { QuizGeneratorForm } from './QuizGeneratorForm';
import '../../ai.css';

/** Lessons with text to draw questions from (a quiz lesson is not a source). */
const sourceTypes = new Set(['text', 'video', 'exercise']);

/**
 * In the lesson editor (the `lessonEditorTools` slot): generate a quiz from this lesson, then review it on its own
 * page; and the lesson's drafts so far. Shown only to whom the service lets see them (the course's instructor,
 * admins): a 403 or 404 on the drafts hides it.
 */
export function QuizGenerator({ courseId, lessonId, lessonType }: { courseId: string; lessonId: string; lessonType: string }) {
  const { t } = useTranslation('ai');
  const navigate = useNavigate();
  const headingId = useId();
  const source = sourceTypes.has(lessonType);
  const drafts = useQuizDrafts(courseId);
  const generate = useGenerateQuiz();

  if (!source || isProblem(drafts.error, 403) || isProblem(drafts.error, 404)) return null;

  return (
    <section className="card quiz-generator" aria-labelledby={headingId} data-testid="quiz-generator">
      <h2 id={headingId}>{t('quiz.generator.title')}</h2>
      <p className="muted">{t('quiz.generator.lead')}</p>
      <QuizGeneratorForm
        pending={generate.isPending}
        error={generate.error}
        onGenerate={(count) =>
          generate.mutate(
            { courseId, lessonId, count },
            { onSuccess: (draft) => void navigate(quizDraftPath(courseId, draft.id)) },
          )
        }
      />
      {drafts.data && <LessonDraftList drafts={lessonDrafts(drafts.data, lessonId)} />}
    </section>
  );
}
