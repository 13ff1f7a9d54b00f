import type { CourseSummary } from '@/lib/api/types';
import { CourseCard } from './CourseCard';

export function CourseGrid({ courses, headingLevel = 3 }: { courses: CourseSummary[]; headingLevel?: 2 | 3 }) {
  return (
    <ul className="course-grid">
      {courses.map((course) => (
        <li key={course.id}>
          <CourseCard course={course} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}

/** Grey cards of the grid's shape while a list loads: the page does not jump when the courses arrive. */
export function CourseGridSkeleton({ count }: { count: number }) {
  return (
    <ul className="course-grid" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <li key={index}>
          <div className="course-card course-card-skeleton">
            <div className="course-thumb skeleton" />
            <div className="course-card-body">
              <div className="skeleton skeleton-line" />
              <div className="skeleton skeleton-line short" />
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
