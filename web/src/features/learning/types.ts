// Short names for the courses service's schemas this feature reads (generated from its OpenAPI document).
import type { CoursesSchemas } from '@/lib/api/types';

export type EnrollmentView = CoursesSchemas['EnrollmentView'];
export type EnrollmentDetail = CoursesSchemas['EnrollmentDetail'];
export type LessonProgressEntry = CoursesSchemas['LessonProgressEntry'];
export type LessonView = CoursesSchemas['LessonView'];
export type QuizView = CoursesSchemas['QuizView'];
export type QuestionView = CoursesSchemas['QuestionView'];
export type QuizAttemptRequest = CoursesSchemas['QuizAttemptRequest'];
export type QuizAttemptResult = CoursesSchemas['QuizAttemptResult'];
export type GradedQuestion = CoursesSchemas['GradedQuestion'];
export type ProgressUpdate = CoursesSchemas['ProgressUpdate'];
export type ProgressResult = CoursesSchemas['ProgressResult'];
export type ModuleOutline = CoursesSchemas['ModuleOutline'];
export type LessonOutline = CoursesSchemas['LessonOutline'];
export type ResourceView = CoursesSchemas['ResourceView'];
export type ExerciseView = CoursesSchemas['ExerciseView'];
export type CertificateView = CoursesSchemas['CertificateView'];

/** The service's vocabularies (Model/Vocabulary.cs), as this feature switches on them. */
export const LessonTypes = { video: 'video', text: 'text', quiz: 'quiz', exercise: 'exercise' } as const;
export const QuestionTypes = {
  singleChoice: 'single_choice',
  multipleChoice: 'multiple_choice',
  trueFalse: 'true_false',
  shortAnswer: 'short_answer',
} as const;
export const EnrollmentStatuses = { active: 'active', completed: 'completed' } as const;
