import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse';
import { toTutorEvent } from './tutorEvents';

describe('createSseParser', () => {
  it('waits for the blank line, even when an event is cut anywhere between chunks', () => {
    const parser = createSseParser();
    expect(parser.push('event: tok')).toEqual([]);
    expect(parser.push('en\ndata: {"text":')).toEqual([]);
    expect(parser.push(' "Bon"}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'token', data: '{"text": "Bon"}' }]);
  });

  it('returns every event of a chunk, in order', () => {
    const parser = createSseParser();
    const events = parser.push('event: start\ndata: {"a":1}\n\nevent: token\ndata: {"text":"x"}\n\nevent: token\ndata: {"text":"y"}\n\nevent: do');
    expect(events.map((event) => event.event)).toEqual(['start', 'token', 'token']);
    expect(parser.push('ne\ndata: {}\n\n')).toEqual([{ event: 'done', data: '{}' }]);
  });

  it('reads CRLF and CR line endings, a CRLF pair cut between two chunks included', () => {
    const parser = createSseParser();
    expect(parser.push('event: token\r\ndata: {"text":"a"}\r\n\r\nevent: token\rdata: 2\r\r')).toEqual([
      { event: 'token', data: '{"text":"a"}' },
      { event: 'token', data: '2' },
    ]);
    // The CR ends the line; the LF that follows in the next chunk is not a second (blank) line.
    expect(parser.push('data: 3\r')).toEqual([]);
    expect(parser.push('\ndata: 4\r\n\r\n')).toEqual([{ event: 'message', data: '3\n4' }]);
  });

  it('joins data lines, skips comments, keeps the id, drops events without data and what never finished', () => {
    const parser = createSseParser();
    expect(parser.push(': keep-alive\n\nevent: ping\n\nid: 7\ndata:first\ndata: second\n\n')).toEqual([{ event: 'message', data: 'first\nsecond', id: '7' }]);
    expect(parser.push('event: done\ndata: {"half": tru')).toEqual([]);
  });
});

describe('toTutorEvent', () => {
  it('reads the tutor events and ignores unknown or unreadable ones', () => {
    expect(toTutorEvent({ event: 'start', data: '{"conversation_id":"c1","mode":"local"}' })).toEqual({ type: 'start', conversationId: 'c1', mode: 'local' });
    expect(toTutorEvent({ event: 'token', data: '{"text":"Bonjour "}' })).toEqual({ type: 'token', text: 'Bonjour ' });
    expect(toTutorEvent({ event: 'error', data: '{"status":500,"title":"Internal Server Error"}' })).toEqual({
      type: 'error',
      problem: { status: 500, title: 'Internal Server Error' },
    });
    const reply = { conversation_id: 'c1', answer: 'Oui.', citations: [], answered_from_course: true, mode: 'llm' };
    expect(toTutorEvent({ event: 'done', data: JSON.stringify(reply) })).toEqual({ type: 'done', reply });

    expect(toTutorEvent({ event: 'usage', data: '{"tokens":12}' })).toBeNull();
    expect(toTutorEvent({ event: 'message', data: '{"text":"x"}' })).toBeNull();
    expect(toTutorEvent({ event: 'token', data: 'not json' })).toBeNull();
    expect(toTutorEvent({ event: 'done', data: '{"answer":"incomplete"}' })).toBeNull();
  });
});
