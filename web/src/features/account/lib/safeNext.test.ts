import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safeNext';

describe('safeNextPath', () => {
  it('keeps a path of this site, with its query and fragment', () => {
    expect(safeNextPath('/courses/42?tab=reviews#top')).toBe('/courses/42?tab=reviews#top');
  });

  it.each([null, '', 'courses', '//evil.example/x', '/\\evil.example', '/\t/evil.example', 'https://evil.example/', 'javascript:alert(1)'])(
    'falls back to my learning for %j',
    (next) => {
      expect(safeNextPath(next)).toBe('/learning');
    },
  );
});
