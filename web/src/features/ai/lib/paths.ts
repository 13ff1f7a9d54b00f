// Addresses of other features' screens, built the same way they build them (features do not import each other):
// the lesson player (learning/paths.ts), the course page (catalog/routes.tsx), the lesson editor (authoring/paths.ts).
export const lessonPath = (courseId: string, lessonId: string) => `/courses/${courseId}/learn/${lessonId}`;
export const coursePath = (courseId: string) => `/courses/${courseId}`;
export const resumeCoursePath = (courseId: string) => `/courses/${courseId}/learn`;
export const catalogPath = '/courses';
export const lessonEditorPath = (courseId: string, lessonId: string) => `/teach/courses/${courseId}/lessons/${lessonId}`;

// This feature's own pages (routes.tsx declares them with the same patterns).
export const quizDraftPath = (courseId: string, draftId: string) => `/teach/courses/${courseId}/quiz-drafts/${draftId}`;
export const myAnalysisPath = '/learning/analysis';
