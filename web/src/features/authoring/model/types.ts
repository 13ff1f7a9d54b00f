// Short names for the authoring schemas (web/src/lib/api/schema/courses.ts), so the screens read like the API.
import type { CoursesSchemas } from '@/lib/api/types';

export type CourseDetail = CoursesSchemas['CourseDetail'];
export type CourseSummary = CoursesSchemas['CourseSummary'];
export type CourseWrite = CoursesSchemas['CourseWrite'];
export type ModuleOutline = CoursesSchemas['ModuleOutline'];
export type LessonOutline = CoursesSchemas['LessonOutline'];
export type ModuleWrite = CoursesSchemas['ModuleWrite'];
export type LessonView = CoursesSchemas['LessonView'];
export type LessonWrite = CoursesSchemas['LessonWrite'];
export type QuizView = CoursesSchemas['QuizView'];
export type QuizWrite = CoursesSchemas['QuizWrite'];
export type QuestionWrite = CoursesSchemas['QuestionWrite'];
export type ResourceWrite = CoursesSchemas['ResourceWrite'];
export type MediaView = CoursesSchemas['MediaView'];
export type CourseStats = CoursesSchemas['CourseStats'];
export type Vocabulary = CoursesSchemas['Vocabulary'];

/** The generated write shapes list every field (null: unchanged); these fill the ones a call does not set. */
export function courseWrite(fields: Partial<CourseWrite>): CourseWrite {
  return {
    title: null, subtitle: null, description: null, language: null, domain: null, stack: null, category: null, level: null,
    keywords: null, learning_outcomes: null, prerequisites: null, thumbnail_url: null, price: null, module_order: null,
    ...fields,
  };
}

export function moduleWrite(fields: Partial<ModuleWrite>): ModuleWrite {
  return { title: null, description: null, position: null, lesson_order: null, ...fields };
}

export function lessonWrite(fields: Partial<LessonWrite>): LessonWrite {
  return {
    title: null, type: null, duration_seconds: null, is_preview: null, video: null, markdown: null, quiz: null, exercise: null,
    resources: null, position: null, module_id: null,
    ...fields,
  };
}
