import { authorizedFetch } from '@/lib/api/client';
import { ApiProblem } from '@/lib/api/problem';
import { createSseParser } from '../lib/sse';
import { isChatResponse, toTutorEvent, type TutorStreamEvent } from '../lib/tutorEvents';
import type { ChatRequest, ChatResponse } from '../types';

/**
 * POST /api/v1/ai/chat, streamed: calls `onEvent` for `start` and each `token` as they arrive and resolves with the
 * whole reply (`done`). Throws an {@link ApiProblem} when the service refuses before answering (403 not enrolled,
 * 429 with `retryAfterSeconds` from Retry-After, 400…), sends an `error` event, or the stream ends unfinished; an
 * abort through `signal` rejects with the AbortError (callers tell it apart by `signal.aborted`).
 */
export async function streamTutorReply(body: ChatRequest, onEvent: (event: TutorStreamEvent) => void, signal: AbortSignal): Promise<ChatResponse> {
  const request = new Request(new URL('/api/v1/ai/chat', window.location.origin), {
    method: 'POST',
    headers: { Accept: 'text/event-stream', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
    signal,
  });
  let response: Response;
  try {
    response = await authorizedFetch(request);
  } catch (error) {
    // authorizedFetch reports every failed fetch as a network problem, an abort included: say which it was.
    signal.throwIfAborted();
    throw error;
  }
  if (!response.ok) throw await problemOf(response);

  // A proxy or a service answering JSON anyway: the whole reply at once.
  if (!response.headers.get('Content-Type')?.includes('text/event-stream') || !response.body) {
    const reply: unknown = await response.json();
    if (!isChatResponse(reply)) throw new ApiProblem(502, { title: 'Unexpected answer' });
    return reply;
  }

  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = createSseParser();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      for (const raw of parser.push(value)) {
        const event = toTutorEvent(raw);
        if (!event) continue;
        if (event.type === 'done') return event.reply;
        if (event.type === 'error') throw new ApiProblem(typeof event.problem.status === 'number' ? event.problem.status : 500, event.problem);
        onEvent(event);
      }
    }
  } finally {
    // Stops reading (and the request) when we return early, throw, or were aborted.
    reader.cancel().catch(() => undefined);
  }
  signal.throwIfAborted();
  // The connection closed before `done`: the answer is incomplete.
  throw new ApiProblem(502, { title: 'The answer was cut off' });
}

async function problemOf(response: Response): Promise<ApiProblem> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const retryAfter = Number(response.headers.get('Retry-After'));
  const extra = Number.isFinite(retryAfter) && retryAfter > 0 ? { retryAfterSeconds: retryAfter } : {};
  return new ApiProblem(response.status, { ...(typeof body === 'object' && body !== null ? body : {}), ...extra });
}
