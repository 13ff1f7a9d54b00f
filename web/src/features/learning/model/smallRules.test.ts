import { describe, expect, it } from 'vitest';
import { enrollment } from '../test/fixtures';
import { countByFilter, filterEnrollments, parseEnrollmentFilter } from './enrollmentFilters';
import { resumePosition } from './videoPosition';
import { safeLinkUrl } from './safeLinkUrl';

describe('enrollment filters', () => {
  const list = [enrollment({ id: 'a' }), enrollment({ id: 'b', status: 'completed' }), enrollment({ id: 'c' })];

  it('splits in progress and completed, in progress by default', () => {
    expect(parseEnrollmentFilter(null)).toBe('in-progress');
    expect(parseEnrollmentFilter('whatever')).toBe('in-progress');
    expect(filterEnrollments(list, parseEnrollmentFilter('completed')).map((e) => e.id)).toEqual(['b']);
    expect(countByFilter(list)).toEqual({ 'in-progress': 2, completed: 1 });
  });

  it('opens on the completed courses when none is in progress, unless the address says otherwise', () => {
    expect(parseEnrollmentFilter(null, { 'in-progress': 0, completed: 2 })).toBe('completed');
    expect(parseEnrollmentFilter('in-progress', { 'in-progress': 0, completed: 2 })).toBe('in-progress');
    expect(parseEnrollmentFilter(null, { 'in-progress': 0, completed: 0 })).toBe('in-progress');
  });
});

describe('video resume position', () => {
  it('resumes at the saved second, but from the start when none or at the very end', () => {
    expect(resumePosition(83.7, 300)).toBe(83);
    expect(resumePosition(null, 300)).toBe(0);
    expect(resumePosition(299, 300)).toBe(0);
    expect(resumePosition(40, Number.NaN)).toBe(40);
  });
});

describe('resource links', () => {
  it('keeps web links and the service paths, drops script and data URLs', () => {
    expect(safeLinkUrl('https://docs.python.org/3/')).toBe('https://docs.python.org/3/');
    expect(safeLinkUrl('/api/v1/courses/c1/media/m1?signature=x')).toBe('/api/v1/courses/c1/media/m1?signature=x');
    expect(safeLinkUrl('javascript:alert(1)')).toBeNull();
    expect(safeLinkUrl('data:text/html,hi')).toBeNull();
    expect(safeLinkUrl('//evil.example/x')).toBeNull();
  });
});
