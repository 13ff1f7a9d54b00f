import { useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import { isProblem } from '@/lib/api/problem';
import { useDiscardDraft } from '../api/useDiscardDraft';
import { useQuizDraft } from '../api/useQuizDraft';
import { useReviewQuestion } from '../api/useReviewQuestion';
import { useSaveQuiz } from '../api/useSaveQuiz';
import { AiModeLabel } from '../components/AiModeLabel';
import { DiscardDraft } from '../components/quiz/DiscardDraft';
import type { ReviewAction } from '../components/quiz/DraftQuestionCard';
import { QuestionList } from '../components/quiz/QuestionList';
import { ReviewFooter } from '../components/quiz/ReviewFooter';
import { SavedQuizNote } from '../components/quiz/SavedQuizNote';
import { lessonEditorPath } from '../lib/paths';
import { isReadOnly, reviewCounts } from '../lib/quizReview';
import '../ai.css';

const teachPath = '/teach';

/**
 * `/teach/courses/:courseId/quiz-drafts/:draftId` (instructors, admins): the questions generated from a lesson,
 * reviewed one by one (approve, edit, reject), then saved as a quiz lesson after the source lesson, or discarded.
 */
export function QuizDraftReviewPage() {
  const { courseId = '', draftId = '' } = useParams();
  const { t } = useTranslation('ai');
  const draft = useQuizDraft(draftId);
  const review = useReviewQuestion(draftId);
  const save = useSaveQuiz(draftId, courseId);
  const discard = useDiscardDraft(draftId, courseId);
  const questionsId = useId();
  const [lastDecision, setLastDecision] = useState<{ questionId: string; action: ReviewAction } | null>(null);
  useDocumentTitle(draft.data ? `${t('quiz.review.title')} · ${draft.data.lesson_title}` : t('quiz.review.title'));

  if (draft.isPending) return <Loading />;
  if (draft.error || !draft.data) {
    return (
      <section className="page quiz-review">
        <h1>{t('quiz.review.title')}</h1>
        {isProblem(draft.error, 404) ? <p>{t('quiz.review.notFound')}</p> : <ErrorMessage error={draft.error} onRetry={() => void draft.refetch()} />}
        <p>
          <Link to={teachPath}>{t('quiz.review.teach')}</Link>
        </p>
      </section>
    );
  }

  const data = draft.data;
  // Saved just now: read-only at once, before the draft is fetched again with its new status.
  const readOnly = isReadOnly(data) || save.isSuccess;
  const counts = reviewCounts(data.questions);
  const sourcePath = lessonEditorPath(data.course_id, data.lesson_id);
  const savedLessonId = save.data?.lesson_id ?? (data.status === 'saved' ? data.saved_lesson_id : undefined);

  return (
    <section className="page quiz-review">
      <nav aria-label={t('quiz.review.breadcrumbs')} className="ai-breadcrumbs">
        <Link to={teachPath}>{t('quiz.review.teach')}</Link>
        <span aria-hidden="true"> › </span>
        <Link to={sourcePath}>{t('quiz.review.lessonCrumb', { title: data.lesson_title })}</Link>
      </nav>
      <header className="page-header quiz-review-header">
        <div>
          <h1>{t('quiz.review.title')}</h1>
          <p className="quiz-review-source">
            {t('quiz.review.source')} <Link to={sourcePath}>{data.lesson_title}</Link>
          </p>
          <AiModeLabel mode={data.mode} local={t('quiz.review.modeLocal')} llm={t('quiz.review.modeLlm')} testId="quiz-mode" />
        </div>
        <Link to={sourcePath} className="button button-secondary">
          ← {t('quiz.review.back')}
        </Link>
      </header>

      {savedLessonId ? (
        <>
          <SavedQuizNote courseId={data.course_id} lessonId={savedLessonId} {...(save.data ? { questions: save.data.questions } : {})} focus={save.isSuccess} />
          <p className="muted">{t('quiz.review.readOnlySaved')}</p>
        </>
      ) : null}
      {data.status === 'discarded' && <DiscardedNote focus={discard.isSuccess} />}
      {!readOnly && <p className="quiz-review-intro">{t('quiz.review.intro')}</p>}

      <section className="quiz-questions" aria-labelledby={questionsId}>
        <h2 id={questionsId}>{t('quiz.review.questions')}</h2>
        <p className="quiz-review-counts" aria-live="polite">
          {t('quiz.review.counts', counts)}
        </p>
        <QuestionList
          questions={data.questions}
          readOnly={readOnly}
          pendingId={review.isPending ? (review.variables?.questionId ?? null) : null}
          failed={review.isError && review.variables ? { questionId: review.variables.questionId, error: review.error } : null}
          lastDecision={lastDecision}
          onReview={(questionId, body, action) => {
            setLastDecision({ questionId, action });
            review.mutate({ questionId, body });
          }}
        />
      </section>

      {!readOnly && (
        <>
          <ReviewFooter
            approved={counts.approved}
            lessonTitle={data.lesson_title}
            pending={save.isPending}
            error={save.error}
            onSave={(body) => save.mutate(body)}
          />
          <DiscardDraft pending={discard.isPending} error={discard.error} onDiscard={() => discard.mutate()} />
        </>
      )}
    </section>
  );
}

/** The draft was abandoned: said where the page starts, and focused when it just happened (its button is gone). */
function DiscardedNote({ focus }: { focus: boolean }) {
  const { t } = useTranslation('ai');
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (focus) ref.current?.focus();
  }, [focus]);
  return (
    <p className="alert alert-info" role="status" tabIndex={-1} ref={ref} data-testid="quiz-discarded">
      {t('quiz.review.readOnlyDiscarded')}
    </p>
  );
}
