import { lazy } from 'react';
import { hasRole, useCurrentUser } from '@/lib/auth/useSession';

// What this feature puts in the app's slots (src/app/slots.tsx fills them; lib/slots.tsx defines them). Each loads
// lazily, so the pages hosting a slot do not grow by the AI screens' code, and the slot shows nothing while it loads.
// Everything here needs a signed-in person: visitors never download it; the instructors' tools need an instructor
// or an admin (the service checks the course is theirs: the tools hide themselves otherwise).

const LazyHomeRecommendations = lazy(async () => ({ default: (await import('./components/HomeRecommendations')).HomeRecommendations }));
const LazyNextCourses = lazy(async () => ({ default: (await import('./components/NextCourses')).NextCourses }));
const LazyTutorPanel = lazy(async () => ({ default: (await import('./components/TutorPanel')).TutorPanel }));
const LazyQuizGenerator = lazy(async () => ({ default: (await import('./components/quiz/QuizGenerator')).QuizGenerator }));
const LazyCourseLearners = lazy(async () => ({ default: (await import('./components/atRisk/CourseLearners')).CourseLearners }));

export function HomeRecommendationsFill() {
  return useCurrentUser() ? <LazyHomeRecommendations /> : null;
}

export function NextCoursesFill({ courseId }: { courseId: string }) {
  return useCurrentUser() ? <LazyNextCourses courseId={courseId} /> : null;
}

export function TutorPanelFill({ courseId, lessonId }: { courseId: string; lessonId: string }) {
  return useCurrentUser() ? <LazyTutorPanel courseId={courseId} lessonId={lessonId} /> : null;
}

export function QuizGeneratorFill({ courseId, lessonId, lessonType }: { courseId: string; lessonId: string; lessonType: string }) {
  return hasRole(useCurrentUser(), 'instructor', 'admin') ? <LazyQuizGenerator courseId={courseId} lessonId={lessonId} lessonType={lessonType} /> : null;
}

export function CourseLearnersFill({ courseId }: { courseId: string }) {
  return hasRole(useCurrentUser(), 'instructor', 'admin') ? <LazyCourseLearners courseId={courseId} /> : null;
}
