import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '@/lib/api/queryKeys';
import type { Language } from '@/lib/i18n/i18n';
import { emptyThread, tutorThreadReducer } from '../lib/tutorThread';
import type { ConversationMessage } from '../types';
import { streamTutorReply } from './streamTutorReply';

export type AskOutcome = 'answered' | 'stopped' | 'failed';

/**
 * A conversation with one course's tutor (POST /api/v1/ai/chat, streamed): ask, stop, start afresh or continue a
 * recorded conversation. One question at a time; leaving the page stops the answer being written.
 */
export function useTutorChat(courseId: string, language: Language) {
  const queryClient = useQueryClient();
  const [thread, dispatch] = useReducer(tutorThreadReducer, emptyThread);
  // The finished answer for screen readers, set once per answer (never token by token).
  const [announcement, setAnnouncement] = useState('');
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(0);

  useEffect(() => () => controller.current?.abort(), []);

  /** How the question ended: answered, stopped by the learner, or failed (thread.error says why). */
  const ask = useCallback(
    async (question: string): Promise<AskOutcome> => {
      if (controller.current) return 'failed';
      const abort = new AbortController();
      controller.current = abort;
      nextId.current += 2;
      dispatch({ type: 'asked', question, ids: [`q${nextId.current}`, `a${nextId.current}`] });
      setAnnouncement('');
      try {
        const reply = await streamTutorReply(
          { course_id: courseId, message: question, language, ...(thread.conversationId ? { conversation_id: thread.conversationId } : {}) },
          (event) => {
            if (event.type === 'start') dispatch({ type: 'started', conversationId: event.conversationId, mode: event.mode });
            else if (event.type === 'token') dispatch({ type: 'token', text: event.text });
          },
          abort.signal,
        );
        dispatch({ type: 'answered', reply });
        setAnnouncement(reply.answer);
        // A new conversation, or a newer one: the recent list changes.
        void queryClient.invalidateQueries({ queryKey: queryKeys.aiConversations(courseId) });
        return 'answered';
      } catch (error) {
        if (abort.signal.aborted) {
          dispatch({ type: 'stopped' });
          return 'stopped';
        }
        dispatch({ type: 'failed', error });
        return 'failed';
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [courseId, language, queryClient, thread.conversationId],
  );

  const stop = useCallback(() => controller.current?.abort(), []);

  const reset = useCallback(() => {
    controller.current?.abort();
    dispatch({ type: 'reset' });
    setAnnouncement('');
  }, []);

  const load = useCallback((conversationId: string, messages: ConversationMessage[]) => {
    controller.current?.abort();
    dispatch({ type: 'loaded', conversationId, messages });
    setAnnouncement('');
  }, []);

  return { thread, announcement, ask, stop, reset, load };
}
