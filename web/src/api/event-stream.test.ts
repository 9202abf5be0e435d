import { EventStreamParser } from './event-stream';

describe('EventStreamParser', () => {
  const stream = 'event: start\ndata: {"mode":"generative"}\n\nevent: delta\ndata: {"text":"Grüß Gott"}\n\n: keep-alive\n\nevent: done\ndata: {"a":1}\ndata: {"b":2}\n\n';

  it('parses named events, joins data lines and skips comments', () => {
    expect(new EventStreamParser().push(stream)).toEqual([
      { event: 'start', data: '{"mode":"generative"}' },
      { event: 'delta', data: '{"text":"Grüß Gott"}' },
      { event: 'done', data: '{"a":1}\n{"b":2}' },
    ]);
  });

  it('gives the same events for every split of the stream, also between CR and LF', () => {
    const crlf = stream.replace(/\n/g, '\r\n');
    const expected = new EventStreamParser().push(stream);
    for (const text of [stream, crlf]) {
      for (let cut = 1; cut < text.length; cut += 1) {
        const parser = new EventStreamParser();
        expect([...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut))]).toEqual(expected);
      }
    }
  });

  it('names an event without "event:" a message and keeps an incomplete event for later', () => {
    const parser = new EventStreamParser();
    expect(parser.push('data: x\n\ndata: y')).toEqual([{ event: 'message', data: 'x' }]);
    expect(parser.push('\n\n')).toEqual([{ event: 'message', data: 'y' }]);
  });
});
