/**
 * Server-sent events (the WHATWG "event stream" format) read from text that arrives in arbitrary chunks: a line, or
 * even a CR LF pair, may be cut between two chunks, and one chunk may hold several events. Pure: the network code
 * feeds it decoded text and gets whole events back.
 */
export type SseEvent = { event: string; data: string; id?: string };

export type SseParser = {
  /**
   * The events completed by this chunk, in order (none while an event is still arriving). When the stream ends,
   * whatever is left unfinished is dropped, as the spec says: an event counts once its blank line has arrived.
   */
  push(chunk: string): SseEvent[];
};

export function createSseParser(): SseParser {
  let buffer = '';
  // A chunk ended on CR: if the next one starts with LF, that LF belongs to the same line break.
  let skipLeadingLf = false;
  let event = '';
  let data: string[] = [];
  let hasData = false;
  let id: string | undefined;

  const dispatch = (out: SseEvent[]) => {
    // An event with no data field is not dispatched (the spec's rule); its type is forgotten either way.
    if (hasData) out.push({ event: event || 'message', data: data.join('\n'), ...(id !== undefined ? { id } : {}) });
    event = '';
    data = [];
    hasData = false;
  };

  const readLine = (line: string, out: SseEvent[]) => {
    if (line === '') return dispatch(out);
    if (line.startsWith(':')) return; // a comment (servers send them to keep the connection alive)
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') {
      data.push(value);
      hasData = true;
    } else if (field === 'id' && !value.includes('\0')) id = value;
    // "retry" and unknown fields are ignored.
  };

  return {
    push(chunk) {
      const out: SseEvent[] = [];
      let text = chunk;
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let index = 0; index < buffer.length; index += 1) {
        const char = buffer[index];
        if (char !== '\n' && char !== '\r') continue;
        readLine(buffer.slice(start, index), out);
        if (char === '\r') {
          if (index + 1 < buffer.length) {
            if (buffer[index + 1] === '\n') index += 1;
          } else {
            skipLeadingLf = true;
          }
        }
        start = index + 1;
      }
      buffer = buffer.slice(start);
      return out;
    },
  };
}
