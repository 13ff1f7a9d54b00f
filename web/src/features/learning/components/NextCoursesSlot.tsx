/**
 * Where course recommendations will go on the completion screen (the AI recommendations come later). Renders
 * nothing for now; the completion screen already leaves room for it.
 */
export function NextCoursesSlot(_props: { courseId: string }) {
  return null;
}
