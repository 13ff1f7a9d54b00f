import { entries } from './courseForm';
import { isAcceptedUrl, type FieldErrors } from './fieldErrors';
import { toMediaReference } from './mediaReference';
import { quizDraftFrom, quizHasErrors, toQuizWrite, validateQuiz, type QuizDraft, type QuizErrors } from './quizDraft';
import { lessonWrite, type LessonView, type LessonWrite } from './types';

export const resourceTypes = ['link', 'pdf', 'dataset', 'code', 'file'] as const;

export type ResourceDraft = { key: string; name: string; url: string; type: string };

/** A lesson as its editor fills it in. Media are kept as references (`media:{id}`) with a separate address to preview them. */
export type LessonDraft = {
  title: string;
  isPreview: boolean;
  durationSeconds: number;
  video: { url: string; previewUrl: string; durationSeconds: number; transcript: string; thumbnailUrl: string };
  markdown: string;
  exercise: { instructions: string; checklist: string[]; expectedOutput: string };
  quiz: QuizDraft;
  resources: ResourceDraft[];
};

let counter = 0;
export const resourceKey = () => `r${++counter}`;

export function lessonDraftFrom(lesson: LessonView): LessonDraft {
  return {
    title: lesson.title,
    isPreview: lesson.is_preview,
    durationSeconds: lesson.duration_seconds,
    video: {
      url: lesson.video ? toMediaReference(lesson.video.url) : '',
      previewUrl: lesson.video?.url ?? '',
      durationSeconds: lesson.video?.duration_seconds ?? 0,
      transcript: lesson.video?.transcript ?? '',
      thumbnailUrl: lesson.video?.thumbnail_url ? toMediaReference(lesson.video.thumbnail_url) : '',
    },
    markdown: lesson.markdown ?? '',
    exercise: {
      instructions: lesson.exercise?.instructions ?? '',
      checklist: [...(lesson.exercise?.checklist ?? [])],
      expectedOutput: lesson.exercise?.expected_output ?? '',
    },
    quiz: quizDraftFrom(lesson.quiz),
    resources: lesson.resources.map((resource) => ({ key: resourceKey(), name: resource.name, url: toMediaReference(resource.url), type: resource.type })),
  };
}

export type LessonErrors = { fields: FieldErrors; quiz: QuizErrors };

/**
 * Checked before saving, with the service's rules. Content left empty is not an error here (a draft may be written
 * in several sittings): it is not sent, and publishing names the lessons still empty. But content once saved cannot
 * be emptied (the service reads an absent part as "unchanged"), so emptying it is refused rather than silently
 * undone. A quiz with questions must be complete, since the service stores a quiz whole.
 */
export function validateLesson(type: string, draft: LessonDraft, saved?: LessonView): LessonErrors {
  const fields: FieldErrors = {};
  const title = draft.title.trim();
  if (title.length === 0) fields.title = { key: 'validation.required' };
  else if (title.length > 200) fields.title = { key: 'validation.max', values: { max: 200 } };
  if (!Number.isInteger(draft.durationSeconds) || draft.durationSeconds < 0 || draft.durationSeconds > 86_400)
    fields.duration_seconds = { key: 'validation.duration' };

  if (type === 'video') {
    const url = draft.video.url.trim();
    if (url && !isAcceptedUrl(url)) fields['video.url'] = { key: 'validation.url' };
    if (!url && saved?.video?.url) fields['video.url'] = { key: 'validation.cannotEmpty' };
    const thumbnail = draft.video.thumbnailUrl.trim();
    if (thumbnail && !isAcceptedUrl(thumbnail)) fields['video.thumbnail_url'] = { key: 'validation.url' };
    if (draft.video.durationSeconds < 0 || draft.video.durationSeconds > 86_400) fields['video.duration_seconds'] = { key: 'validation.duration' };
  }
  if (type === 'exercise' && entries(draft.exercise.checklist).some((item) => item.length > 500))
    fields['exercise.checklist'] = { key: 'validation.entryTooLong', values: { max: 500 } };
  if (type === 'exercise' && !draft.exercise.instructions.trim() && saved?.exercise?.instructions)
    fields['exercise.instructions'] = { key: 'validation.cannotEmpty' };

  draft.resources.forEach((resource, index) => {
    if (!resource.name.trim() || resource.name.trim().length > 200) fields[`resources[${index}].name`] = { key: 'validation.required' };
    if (!isAcceptedUrl(resource.url.trim())) fields[`resources[${index}].url`] = { key: 'validation.url' };
  });
  if (draft.resources.length > 30) fields.resources = { key: 'validation.tooMany', values: { max: 30 } };

  const savedQuestions = saved?.quiz?.questions.length ?? 0;
  const quiz = type === 'quiz' && (draft.quiz.questions.length > 0 || savedQuestions > 0) ? validateQuiz(draft.quiz) : { questions: {} };
  return { fields, quiz };
}

export function lessonHasErrors(errors: LessonErrors): boolean {
  return Object.keys(errors.fields).length > 0 || quizHasErrors(errors.quiz);
}

/** The PATCH of a lesson: common fields, and its type's content when there is some to save. */
export function toLessonWrite(type: string, draft: LessonDraft): LessonWrite {
  const videoUrl = draft.video.url.trim();
  const instructions = draft.exercise.instructions.trim();
  return lessonWrite({
    title: draft.title.trim(),
    is_preview: draft.isPreview,
    // A video lesson lasts as long as its video; the service derives it when none is given.
    duration_seconds: type === 'video' && videoUrl ? null : draft.durationSeconds,
    video:
      type === 'video' && videoUrl
        ? { url: videoUrl, duration_seconds: draft.video.durationSeconds, transcript: draft.video.transcript, thumbnail_url: draft.video.thumbnailUrl.trim() || null }
        : null,
    markdown: type === 'text' ? draft.markdown : null,
    exercise:
      type === 'exercise' && instructions
        ? { instructions, checklist: entries(draft.exercise.checklist), expected_output: draft.exercise.expectedOutput.trim() || null }
        : null,
    quiz: type === 'quiz' && draft.quiz.questions.length > 0 ? toQuizWrite(draft.quiz) : null,
    resources: draft.resources.map((resource) => ({ name: resource.name.trim(), url: resource.url.trim(), type: resource.type || null })),
  });
}
