import { describe, expect, it } from 'vitest';
import type { User } from '@/lib/api/types';
import type { Recommendation } from '../types';
import { recommendationsToShow } from './recommendations';
import { tutorAccess } from './tutorAccess';

const person = (role: string) => ({ id: 'u1', role }) as User;
const recommendation = (course_id: string): Recommendation => ({
  course_id,
  title: course_id,
  language: 'fr',
  domain: 'Excel',
  score: 0.5,
  reason_code: 'popular',
  reason: 'Parmi les cours les plus suivis.',
});

describe('tutorAccess', () => {
  it('offers the tutor to enrolled learners, to instructors and admins, and while enrollments are unknown', () => {
    expect(tutorAccess(person('learner'), ['c1', 'c2'], 'c2')).toBe('allowed');
    expect(tutorAccess(person('learner'), ['c1'], 'c2')).toBe('not-enrolled');
    expect(tutorAccess(person('learner'), undefined, 'c2')).toBe('unknown');
    expect(tutorAccess(person('instructor'), [], 'c2')).toBe('allowed');
    expect(tutorAccess(null, ['c2'], 'c2')).toBe('not-enrolled');
  });
});

describe('recommendationsToShow', () => {
  it('leaves out the courses already taken and keeps the order, up to the limit', () => {
    const items = ['a', 'b', 'c', 'd', 'e'].map(recommendation);
    expect(recommendationsToShow(items, ['b'], 3).map((item) => item.course_id)).toEqual(['a', 'c', 'd']);
    expect(recommendationsToShow(items, [], 10)).toHaveLength(5);
  });
});

