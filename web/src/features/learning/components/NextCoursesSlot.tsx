import { nextCourses } from '@/lib/slots';

/**
 * What to take next, on the completion screen: the `nextCourses` slot, which the app fills (src/app/slots.tsx) with
 * course recommendations. Renders nothing when there are none.
 */
export function NextCoursesSlot({ courseId }: { courseId: string }) {
  return <nextCourses.Render courseId={courseId} />;
}
