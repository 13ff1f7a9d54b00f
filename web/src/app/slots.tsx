// The app composes its features: pages render slots (src/lib/slots.tsx), and here each slot gets what fills it.
// Imported once, by the router, before anything renders.
import { homeRecommendations, lessonAside, nextCourses } from '@/lib/slots';
import { HomeRecommendationsFill, NextCoursesFill, TutorPanelFill } from '@/features/ai/slotFills';

homeRecommendations.fill(HomeRecommendationsFill);
nextCourses.fill(NextCoursesFill);
lessonAside.fill(TutorPanelFill);
