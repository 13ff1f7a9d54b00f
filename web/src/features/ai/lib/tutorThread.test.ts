import { describe, expect, it } from 'vitest';
import { ApiProblem } from '@/lib/api/problem';
import { emptyThread, tutorThreadReducer, type ThreadAction, type TutorThread } from './tutorThread';

const run = (actions: ThreadAction[], from: TutorThread = emptyThread) => actions.reduce(tutorThreadReducer, from);
const asked: ThreadAction = { type: 'asked', question: 'Comment trier ?', ids: ['q1', 'a1'] };
const citation = { lesson_id: 'l1', lesson_title: 'Trier', excerpt: 'Données > Trier.' };

describe('tutorThreadReducer', () => {
  it('appends the tokens in order, then replaces them by the recorded answer and keeps the conversation', () => {
    const streaming = run([asked, { type: 'started', conversationId: 'c1', mode: 'local' }, { type: 'token', text: 'Données ' }, { type: 'token', text: '> Trier' }]);
    expect(streaming.streaming).toBe(true);
    expect(streaming.messages.at(-1)).toMatchObject({ role: 'tutor', text: 'Données > Trier', status: 'streaming' });

    const answered = tutorThreadReducer(streaming, {
      type: 'answered',
      reply: { conversation_id: 'c1', answer: 'Données > Trier.', citations: [citation], answered_from_course: true, mode: 'local' },
    });
    expect(answered).toMatchObject({ conversationId: 'c1', mode: 'local', streaming: false });
    expect(answered.messages).toEqual([
      { id: 'q1', role: 'user', text: 'Comment trier ?' },
      { id: 'a1', role: 'tutor', text: 'Données > Trier.', status: 'done', citations: [citation], answeredFromCourse: true },
    ]);
  });

  it('takes a question without any answer back out on failure, but keeps a partial answer, marked', () => {
    const problem = new ApiProblem(429, { title: 'Too Many Requests' });
    const refused = run([asked, { type: 'failed', error: problem }]);
    expect(refused.messages).toEqual([]);
    expect(refused.error).toBe(problem);
    expect(refused.streaming).toBe(false);

    const cut = run([asked, { type: 'token', text: 'Données' }, { type: 'failed', error: problem }]);
    expect(cut.messages.at(-1)).toMatchObject({ text: 'Données', status: 'failed' });
  });

  it('marks a stopped answer and lets the next question be asked', () => {
    const stopped = run([asked, { type: 'token', text: 'Don' }, { type: 'stopped' }]);
    expect(stopped.streaming).toBe(false);
    expect(stopped.messages.at(-1)).toMatchObject({ text: 'Don', status: 'stopped' });
  });

  it('loads a recorded conversation and starts afresh without forgetting the mode', () => {
    const loaded = run([
      {
        type: 'loaded',
        conversationId: 'c9',
        messages: [
          { role: 'user', content: 'Et le tri ?', citations: [], created_at: '2026-11-30T10:00:00Z' },
          { role: 'assistant', content: 'Introuvable.', citations: [], answered_from_course: false, mode: 'llm', created_at: '2026-11-30T10:00:01Z' },
        ],
      },
    ]);
    expect(loaded.conversationId).toBe('c9');
    expect(loaded.mode).toBe('llm');
    expect(loaded.messages[1]).toMatchObject({ role: 'tutor', status: 'done', answeredFromCourse: false });

    const fresh = tutorThreadReducer(loaded, { type: 'reset' });
    expect(fresh).toEqual({ ...emptyThread, mode: 'llm' });
  });
});
