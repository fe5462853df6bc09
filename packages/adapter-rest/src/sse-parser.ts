/**
 * Reads a `text/event-stream` (the WHATWG HTML "event stream interpretation") chunk by
 * chunk: `id`, `event` and `data` fields, comments ignored, an event dispatched at a
 * blank line. Written here rather than taken from `eventsource-parser`, whose package
 * points the `source` export condition our workspace builds with at TypeScript files
 * that do not compile under this project's settings; it is the one piece of the format
 * the adapter needs (`retry` is left to the adapter's own back-off).
 */
export interface ServerSentEvent {
  id: string | undefined;
  event: string;
  data: string;
}

export function createSseParser(onEvent: (event: ServerSentEvent) => void) {
  let buffer = '';
  let data: string[] = [];
  let event = '';
  let id: string | undefined;
  let first = true;
  /** The last chunk ended in `\r`: a `\n` opening the next one belongs to it. */
  let carriageReturn = false;

  function line(text: string): void {
    if (text === '') {
      if (data.length) onEvent({ id, event: event || 'message', data: data.join('\n') });
      data = [];
      event = '';
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\u0000')) id = value;
  }

  return {
    feed(chunk: string): void {
      if (first && chunk) {
        // A byte order mark may open the stream.
        if (chunk.startsWith('\ufeff')) chunk = chunk.slice(1);
        first = false;
      }
      if (carriageReturn && chunk.startsWith('\n')) chunk = chunk.slice(1);
      carriageReturn = chunk.endsWith('\r');
      buffer += chunk;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop() ?? '';
      for (const text of lines) line(text);
    },
  };
}
