import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { isAcceptedUrl } from './fieldErrors';
import { publicImageUrl, toMediaReference } from './mediaReference';
import { publishReasons, readReason } from './publishReasons';

const course = '01a22a7f-cdfd-74fb-89de-272101ccd9ab';
const media = '01a22a80-0000-7000-8000-00000000abcd';

describe('media references', () => {
  it('turns a signed media URL back into the reference the service stores, and leaves other links alone', () => {
    expect(toMediaReference(`/api/v1/courses/${course}/media/${media}?expires=1796014800&signature=abc`)).toBe(`media:${media}`);
    expect(toMediaReference(`https://har.academy/api/v1/courses/${course}/media/${media}`)).toBe(`media:${media}`);
    expect(toMediaReference('https://www.youtube.com/watch?v=x')).toBe('https://www.youtube.com/watch?v=x');
  });

  it('gives a thumbnail the absolute image address, which the service accepts', () => {
    const url = publicImageUrl(course, { id: media }, 'https://har.academy');
    expect(url).toBe(`https://har.academy/api/v1/courses/${course}/media/${media}`);
    expect(isAcceptedUrl(url)).toBe(true);
    expect(isAcceptedUrl(`media:${media}`)).toBe(true);
    expect(isAcceptedUrl('http://example.com/video.mp4')).toBe(false);
    expect(isAcceptedUrl('http://127.0.0.1:3000/x.png')).toBe(true);
  });
});

describe('publish reasons', () => {
  it('lists every reason of a refused publication and reads the known ones', () => {
    const problem = new ApiProblem(422, {
      title: 'Course not ready',
      detail: 'The course cannot be published yet.',
      reasons: ['The description needs at least 50 characters.', 'Lesson "Les « TCD »" has no video.', 'Something new.'],
    });
    const reasons = publishReasons(problem);
    expect(reasons).toHaveLength(3);
    expect(reasons.map(readReason)).toEqual([
      { key: 'publish.reason.description', values: { count: 50 } },
      { key: 'publish.reason.noVideo', values: { title: 'Les « TCD »' } },
      { text: 'Something new.' },
    ]);
  });

  it('falls back on field errors, then on the detail', () => {
    expect(publishReasons(new ApiProblem(422, { errors: { price: ['Too low.'] } }))).toEqual(['Too low.']);
    expect(publishReasons(new ApiProblem(422, { detail: 'Not now.' }))).toEqual(['Not now.']);
    expect(publishReasons(new Error('x'))).toEqual([]);
  });
});
