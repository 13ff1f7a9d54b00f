// Addresses of other features' screens, built the same way they build them (features do not import each other):
// the lesson player (learning/paths.ts) and the course page (catalog/routes.tsx).
export const lessonPath = (courseId: string, lessonId: string) => `/courses/${courseId}/learn/${lessonId}`;
export const coursePath = (courseId: string) => `/courses/${courseId}`;
