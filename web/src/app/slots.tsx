// The app composes its features: pages render slots (src/lib/slots.tsx), and here each slot gets what fills it.
// Imported once, by the router, before anything renders.
import { courseStatsExtra, homeRecommendations, lessonAside, lessonEditorTools, nextCourses } from '@/lib/slots';
import { CourseLearnersFill, HomeRecommendationsFill, NextCoursesFill, QuizGeneratorFill, TutorPanelFill } from '@/features/ai/slotFills';

homeRecommendations.fill(HomeRecommendationsFill);
nextCourses.fill(NextCoursesFill);
lessonAside.fill(TutorPanelFill);
lessonEditorTools.fill(QuizGeneratorFill);
courseStatsExtra.fill(CourseLearnersFill);
