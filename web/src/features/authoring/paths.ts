/** The instructor's addresses, in one place (routes, links and redirects agree). */
export const teachPaths = {
  mine: '/teach',
  newCourse: '/teach/new',
  course: (courseId: string, tab?: 'details' | 'outline' | 'publish') => `/teach/courses/${courseId}${tab && tab !== 'details' ? `?tab=${tab}` : ''}`,
  lesson: (courseId: string, lessonId: string) => `/teach/courses/${courseId}/lessons/${lessonId}`,
  stats: (courseId: string) => `/teach/courses/${courseId}/stats`,
  /** The public page of a published course (the catalog's). */
  catalogCourse: (courseId: string) => `/courses/${courseId}`,
};
