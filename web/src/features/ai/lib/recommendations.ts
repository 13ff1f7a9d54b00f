import type { Recommendation } from '../types';

/**
 * The recommendations worth showing: not a course the learner already takes (the service learns enrollments from
 * events, so it can lag behind one just made) nor the one they are on, at most `limit`.
 */
export function recommendationsToShow(items: Recommendation[], takenCourseIds: string[], limit: number): Recommendation[] {
  const taken = new Set(takenCourseIds);
  return items.filter((item) => !taken.has(item.course_id)).slice(0, limit);
}
