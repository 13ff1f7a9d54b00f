import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { describeSignInProblem, fieldProblem, passwordProblemKey } from './problems';

describe('describeSignInProblem', () => {
  it('says "credentials" for a 401 without telling which field was wrong', () => {
    expect(describeSignInProblem(new ApiProblem(401, { title: 'Invalid credentials' }))).toEqual({ kind: 'credentials' });
  });

  it('reads the wait from Retry-After, or else from the detail', () => {
    expect(describeSignInProblem(new ApiProblem(429, { retry_after: 120 }))).toEqual({ kind: 'throttled', seconds: 120 });
    expect(describeSignInProblem(new ApiProblem(429, { detail: 'Too many attempts. Try again in 45 seconds.' }))).toEqual({ kind: 'throttled', seconds: 45 });
    expect(describeSignInProblem(new ApiProblem(423, {}))).toEqual({ kind: 'locked', seconds: undefined });
  });

  it('leaves other failures to the generic message', () => {
    expect(describeSignInProblem(new ApiProblem(500, {}))).toBeNull();
    expect(describeSignInProblem(new Error('boom'))).toBeNull();
  });
});

describe('fieldProblem and passwordProblemKey', () => {
  it('finds a field whatever its casing, and maps the policy’s sentences to translations', () => {
    const problem = new ApiProblem(400, { errors: { new_password: ['This password is too easy to guess (a common word…).'] } });
    expect(fieldProblem(problem, 'new_password')).toMatch(/too easy/);
    expect(fieldProblem(problem, 'NewPassword')).toMatch(/too easy/);
    expect(passwordProblemKey(fieldProblem(problem, 'new_password'))).toBe('password.problem.guessable');
    expect(passwordProblemKey('Something new')).toBeUndefined();
  });
});
