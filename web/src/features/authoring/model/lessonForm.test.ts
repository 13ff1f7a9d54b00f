import { describe, expect, it } from 'vitest';
import { lessonDraftFrom, lessonHasErrors, toLessonWrite, validateLesson } from './lessonForm';
import type { LessonView } from './types';

const media = '01a22a80-0000-7000-8000-00000000abcd';
const view: LessonView = {
  id: 'l1', course_id: 'c1', module_id: 'm1', title: 'Les TCD en vidéo', type: 'video', position: 0, duration_seconds: 300, is_preview: true,
  video: { url: `/api/v1/courses/01a22a7f-cdfd-74fb-89de-272101ccd9ab/media/${media}?expires=1&signature=s`, duration_seconds: 300, transcript: 'Bonjour', thumbnail_url: null },
  markdown: null, quiz: null, exercise: null, resources: [{ name: 'Fichier', url: 'https://example.com/data.csv', type: 'dataset' }], progress: null,
};

describe('lesson form', () => {
  it('saves an uploaded video by its reference, not by its expiring signed address', () => {
    const draft = lessonDraftFrom(view);
    expect(draft.video.url).toBe(`media:${media}`);
    expect(draft.video.previewUrl).toContain('signature=');
    const write = toLessonWrite('video', draft);
    expect(write.video).toEqual({ url: `media:${media}`, duration_seconds: 300, transcript: 'Bonjour', thumbnail_url: null });
    expect(write.duration_seconds).toBeNull();
    expect(write.markdown).toBeNull();
    expect(write.resources).toEqual([{ name: 'Fichier', url: 'https://example.com/data.csv', type: 'dataset' }]);
  });

  it('sends only the content of the lesson type, and leaves empty content out', () => {
    const draft = lessonDraftFrom({ ...view, type: 'exercise', video: null, resources: [] });
    expect(toLessonWrite('exercise', draft).exercise).toBeNull();
    draft.exercise = { instructions: ' Créez un TCD ', checklist: ['Source', ''], expectedOutput: '' };
    const write = toLessonWrite('exercise', draft);
    expect(write.exercise).toEqual({ instructions: 'Créez un TCD', checklist: ['Source'], expected_output: null });
    expect(write.video).toBeNull();
    expect(write.quiz).toBeNull();
  });

  it('refuses a missing title, a plain http video and a resource without a name', () => {
    const draft = lessonDraftFrom(view);
    draft.title = ' ';
    draft.video.url = 'http://example.com/v.mp4';
    draft.resources[0]!.name = '';
    const errors = validateLesson('video', draft);
    expect(Object.keys(errors.fields).sort()).toEqual(['resources[0].name', 'title', 'video.url']);
    expect(lessonHasErrors(errors)).toBe(true);
    expect(lessonHasErrors(validateLesson('video', lessonDraftFrom(view)))).toBe(false);
  });

  it('refuses to empty content already saved, which the service would silently keep', () => {
    const draft = lessonDraftFrom(view);
    draft.video.url = '';
    expect(validateLesson('video', draft, view).fields['video.url']).toEqual({ key: 'validation.cannotEmpty' });
    expect(validateLesson('video', draft).fields['video.url']).toBeUndefined();
    const quiz = { passing_score: 70, max_attempts: null, questions: [{ id: 'q', type: 'true_false', prompt: 'Vrai ?', options: [], points: 1, correct_options: null, correct_boolean: true, accepted_answers: null, explanation: null }] };
    const quizDraft = lessonDraftFrom({ ...view, type: 'quiz', video: null, quiz });
    quizDraft.quiz.questions = [];
    expect(validateLesson('quiz', quizDraft, { ...view, type: 'quiz', quiz }).quiz.quiz).toEqual({ key: 'validation.quizEmpty' });
  });
});
