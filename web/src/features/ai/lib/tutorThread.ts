import type { ChatResponse, Citation, ConversationMessage, TutorMode } from '../types';

/**
 * The conversation on screen, as a reducer (pure, so tested without a network): the learner's questions, the tutor's
 * answers as they stream in, and which conversation the next question continues.
 */
export type UserMessage = { id: string; role: 'user'; text: string };
export type TutorMessage = {
  id: string;
  role: 'tutor';
  text: string;
  /** streaming: tokens arriving; done: the reply as recorded; stopped: the learner stopped it; failed: cut off. */
  status: 'streaming' | 'done' | 'stopped' | 'failed';
  citations: Citation[];
  /** False when the lessons hold no answer (the tutor says so rather than improvise); null while unknown. */
  answeredFromCourse: boolean | null;
};
export type ThreadMessage = UserMessage | TutorMessage;

export type TutorThread = {
  conversationId: string | null;
  mode: TutorMode | null;
  messages: ThreadMessage[];
  streaming: boolean;
  /** Why the last question got no answer (an ApiProblem, usually); null otherwise. */
  error: unknown;
};

export type ThreadAction =
  | { type: 'asked'; question: string; ids: [string, string] }
  | { type: 'started'; conversationId: string; mode: TutorMode }
  | { type: 'token'; text: string }
  | { type: 'answered'; reply: ChatResponse }
  | { type: 'stopped' }
  | { type: 'failed'; error: unknown }
  | { type: 'loaded'; conversationId: string; messages: ConversationMessage[] }
  | { type: 'reset' };

export const emptyThread: TutorThread = { conversationId: null, mode: null, messages: [], streaming: false, error: null };

export function tutorThreadReducer(thread: TutorThread, action: ThreadAction): TutorThread {
  switch (action.type) {
    case 'asked':
      return {
        ...thread,
        streaming: true,
        error: null,
        messages: [
          ...thread.messages,
          { id: action.ids[0], role: 'user', text: action.question },
          { id: action.ids[1], role: 'tutor', text: '', status: 'streaming', citations: [], answeredFromCourse: null },
        ],
      };
    case 'started':
      return { ...thread, conversationId: action.conversationId, mode: action.mode };
    case 'token':
      return updateStreaming(thread, (message) => ({ ...message, text: message.text + action.text }));
    case 'answered': {
      const { reply } = action;
      const answered = updateStreaming(thread, (message) => ({
        ...message,
        // The recorded answer replaces the streamed pieces (they may differ in spacing).
        text: reply.answer,
        status: 'done',
        citations: reply.citations,
        answeredFromCourse: reply.answered_from_course,
      }));
      return { ...answered, conversationId: reply.conversation_id, mode: reply.mode, streaming: false };
    }
    case 'stopped':
      return { ...updateStreaming(thread, (message) => ({ ...message, status: 'stopped' })), streaming: false };
    case 'failed': {
      const last = thread.messages.at(-1);
      // Nothing arrived: the question goes back to the composer (the hook does that), not left unanswered here.
      if (last?.role === 'tutor' && last.status === 'streaming' && last.text === '') {
        return { ...thread, messages: thread.messages.slice(0, -2), streaming: false, error: action.error };
      }
      return { ...updateStreaming(thread, (message) => ({ ...message, status: 'failed' })), streaming: false, error: action.error };
    }
    case 'loaded':
      return {
        conversationId: action.conversationId,
        mode: [...action.messages].reverse().find((message) => message.mode)?.mode ?? thread.mode,
        streaming: false,
        error: null,
        messages: action.messages.map((message, index) => fromRecorded(message, `${action.conversationId}-${index}`)),
      };
    case 'reset':
      // The mode is the service's, not the conversation's: it stays known.
      return { ...emptyThread, mode: thread.mode };
  }
}

function updateStreaming(thread: TutorThread, update: (message: TutorMessage) => TutorMessage): TutorThread {
  const last = thread.messages.at(-1);
  if (last?.role !== 'tutor' || last.status !== 'streaming') return thread;
  return { ...thread, messages: [...thread.messages.slice(0, -1), update(last)] };
}

function fromRecorded(message: ConversationMessage, id: string): ThreadMessage {
  if (message.role === 'user') return { id, role: 'user', text: message.content };
  return {
    id,
    role: 'tutor',
    text: message.content,
    status: 'done',
    citations: message.citations,
    answeredFromCourse: message.answered_from_course ?? null,
  };
}

