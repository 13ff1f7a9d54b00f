import { ApiProblem } from '@/lib/api/problem';

/**
 * Like `unwrap`, but keeps the Retry-After header of a throttled answer (429) in the problem as `retry_after`, so the
 * form can say how long to wait.
 */
export async function unwrapThrottled<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = typeof error === 'object' && error !== null && !Array.isArray(error) ? error : {};
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiProblem(response.status, Number.isFinite(retryAfter) && retryAfter > 0 ? { ...body, retry_after: retryAfter } : body);
  }
  return data as T;
}
