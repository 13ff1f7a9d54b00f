import { describe, expect, it } from 'vitest';
import { ApiProblem, isProblem } from './problem';

describe('ApiProblem', () => {
  it('reads a validation problem: title, field errors and the extensions a service adds', () => {
    const problem = new ApiProblem(400, {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      errors: { email: ['The email is not valid.'], page_size: ['Too large.', 42] },
      request_id: 'abc',
    });
    expect(problem.status).toBe(400);
    expect(problem.title).toBe('One or more validation errors occurred.');
    expect(problem.errors).toEqual({ email: ['The email is not valid.'], page_size: ['Too large.'] });
    expect(problem.extensions).toEqual({ request_id: 'abc' });
    expect(isProblem(problem, 400)).toBe(true);
    expect(isProblem(problem, 404)).toBe(false);
  });

  it('survives a body that is not a problem', () => {
    const problem = new ApiProblem(502, '<html>bad gateway</html>');
    expect(problem.title).toBe('HTTP 502');
    expect(problem.errors).toEqual({});
    expect(ApiProblem.network().status).toBe(0);
  });
});
