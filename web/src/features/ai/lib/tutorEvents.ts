import type { ChatResponse, TutorMode } from '../types';
import type { SseEvent } from './sse';

/**
 * What the tutor's stream says (POST /api/v1/ai/chat with Accept: text/event-stream): `start`, then `token`s to
 * append in order, then `done` with the whole reply, or `error` with a problem instead.
 */
export type TutorStreamEvent =
  | { type: 'start'; conversationId: string; mode: TutorMode }
  | { type: 'token'; text: string }
  | { type: 'done'; reply: ChatResponse }
  | { type: 'error'; problem: Record<string, unknown> };

/** One server-sent event as a tutor event; null for events this screen does not know or cannot read (ignored). */
export function toTutorEvent(raw: SseEvent): TutorStreamEvent | null {
  const data = parseObject(raw.data);
  if (!data) return null;
  switch (raw.event) {
    case 'start':
      return typeof data.conversation_id === 'string' && isMode(data.mode) ? { type: 'start', conversationId: data.conversation_id, mode: data.mode } : null;
    case 'token':
      return typeof data.text === 'string' ? { type: 'token', text: data.text } : null;
    case 'done':
      return isChatResponse(data) ? { type: 'done', reply: data } : null;
    case 'error':
      return { type: 'error', problem: data };
    default:
      return null;
  }
}

export function isChatResponse(value: unknown): value is ChatResponse {
  if (!isRecord(value)) return false;
  return (
    typeof value.conversation_id === 'string' &&
    typeof value.answer === 'string' &&
    Array.isArray(value.citations) &&
    typeof value.answered_from_course === 'boolean' &&
    isMode(value.mode)
  );
}

function isMode(value: unknown): value is TutorMode {
  return value === 'local' || value === 'llm';
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
