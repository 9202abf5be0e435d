import type { Test } from 'supertest';

export interface StreamEvent {
  event: string;
  data: unknown;
}

/** Parses a complete `text/event-stream` body into its named events. */
export function parseEventStream(body: string): StreamEvent[] {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event: ')) event = line.slice(7);
        else if (line.startsWith('data: ')) data.push(line.slice(6));
      }
      const joined = data.join('\n');
      return { event, data: joined.startsWith('{') ? (JSON.parse(joined) as unknown) : joined };
    });
}

/** Buffers an SSE response as text (superagent does not parse event streams). */
export function asEventStream(request: Test): Test {
  return request.buffer(true).parse((response, callback) => {
    let text = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      text += chunk;
    });
    response.on('end', () => callback(null, text));
  });
}
