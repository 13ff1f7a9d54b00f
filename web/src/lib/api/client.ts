import createClient from 'openapi-fetch';
import type { paths as AiPaths } from './schema/ai';
import type { paths as AuthPaths } from './schema/auth';
import type { paths as CoursesPaths } from './schema/courses';
import { ApiProblem } from './problem';
import { session } from '@/lib/auth/session';

/**
 * Every request of the web app goes through here: same origin (the dev server or nginx forwards /api to the gateway),
 * the access token from memory, and one silent refresh and retry when a token has just expired.
 */
export async function authorizedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const response = await send(request, session.accessToken());
  if (response.status !== 401 || !session.accessToken() || request.url.includes('/api/v1/auth/')) {
    return response;
  }
  // The token expired or the session ended elsewhere: refresh once (shared by every request waiting), then retry.
  const refreshed = await session.refresh();
  return refreshed ? send(retry, session.accessToken()) : response;
}

async function send(request: Request, token: string | null): Promise<Response> {
  if (token) request.headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(request);
  } catch {
    throw ApiProblem.network();
  }
}

const baseUrl = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;

/** Typed clients, one per service, generated from their OpenAPI documents (npm run api:types). */
export const authApi = createClient<AuthPaths>({ baseUrl, fetch: authorizedFetch });
export const coursesApi = createClient<CoursesPaths>({ baseUrl, fetch: authorizedFetch });
export const aiApi = createClient<AiPaths>({ baseUrl, fetch: authorizedFetch });

/** For endpoints outside the generated documents (the gateway's notifications): same headers, same errors. */
export async function requestJson<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  const response = await authorizedFetch(new Request(new URL(path, baseUrl), init));
  if (!response.ok) throw new ApiProblem(response.status, await readBody(response));
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/**
 * Unwraps an openapi-fetch result: the data, or an {@link ApiProblem} thrown for TanStack Query to show.
 * Usage: `queryFn: () => unwrap(coursesApi.GET('/api/v1/courses', { params: { query } }))`.
 */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiProblem(response.status, error);
  return data as T;
}

async function readBody(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
