/** The addresses of this feature's screens, built in one place (links from cards, redirects, the player). */
export const resumePath = (courseId: string) => `/courses/${courseId}/learn`;
export const lessonPath = (courseId: string, lessonId: string) => `/courses/${courseId}/learn/${lessonId}`;
export const courseCompletePath = (courseId: string) => `/courses/${courseId}/complete`;
export const coursePagePath = (courseId: string) => `/courses/${courseId}`;
export const certificatePath = (number: string) => `/certificates/${encodeURIComponent(number)}`;
export const certificatePrintUrl = (number: string) => `/api/v1/certificates/${encodeURIComponent(number)}/print`;
