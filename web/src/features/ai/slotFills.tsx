import { lazy } from 'react';
import { useCurrentUser } from '@/lib/auth/useSession';

// What this feature puts in the app's slots (src/app/slots.tsx fills them; lib/slots.tsx defines them). Each loads
// lazily, so the pages hosting a slot do not grow by the AI screens' code, and the slot shows nothing while it loads.
// Everything here needs a signed-in person: visitors never download it.

const LazyHomeRecommendations = lazy(async () => ({ default: (await import('./components/HomeRecommendations')).HomeRecommendations }));
const LazyNextCourses = lazy(async () => ({ default: (await import('./components/NextCourses')).NextCourses }));
const LazyTutorPanel = lazy(async () => ({ default: (await import('./components/TutorPanel')).TutorPanel }));

export function HomeRecommendationsFill() {
  return useCurrentUser() ? <LazyHomeRecommendations /> : null;
}

export function NextCoursesFill({ courseId }: { courseId: string }) {
  return useCurrentUser() ? <LazyNextCourses courseId={courseId} /> : null;
}

export function TutorPanelFill({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  return useCurrentUser() ? <LazyTutorPanel courseId={courseId} lessonId={lessonId} /> : null;
}
