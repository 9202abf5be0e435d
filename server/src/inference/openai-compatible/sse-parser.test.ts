import { SseParser, type SseEvent } from './sse-parser';

function parseInPieces(bytes: Uint8Array, cuts: number[]): SseEvent[] {
  const parser = new SseParser();
  const events: SseEvent[] = [];
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    events.push(...parser.push(bytes.subarray(start, cut)));
    start = cut;
  }
  events.push(...parser.end());
  return events;
}

describe('SseParser', () => {
  const stream = ': keep-alive\r\n\r\ndata: {"t":"Grüße 😀"}\r\n\r\nevent: note\nid: 7\ndata: eins\ndata:zwei\n\n:ping\n\ndata: [DONE]\n\n';
  const expected: SseEvent[] = [
    { event: 'message', data: '{"t":"Grüße 😀"}' },
    { event: 'note', data: 'eins\nzwei', id: '7' },
    { event: 'message', data: '[DONE]', id: '7' },
  ];

  it('parses data lines, multi-line events, comments and CRLF', () => {
    expect(parseInPieces(Buffer.from(stream, 'utf8'), [])).toEqual(expected);
  });

  it('gives the same events for every single split point, also inside UTF-8 characters and CRLF', () => {
    const bytes = Buffer.from(stream, 'utf8');
    for (let cut = 1; cut < bytes.length; cut += 1) {
      expect(parseInPieces(bytes, [cut])).toEqual(expected);
    }
  });

  it('gives the same events when fed one byte at a time', () => {
    const bytes = Buffer.from(stream, 'utf8');
    expect(parseInPieces(bytes, Array.from({ length: bytes.length - 1 }, (_, i) => i + 1))).toEqual(expected);
  });

  it('treats a lone CR as a line break', () => {
    expect(parseInPieces(Buffer.from('data: a\r\rdata: b\r\r'), [])).toEqual([
      { event: 'message', data: 'a' },
      { event: 'message', data: 'b' },
    ]);
  });

  it('dispatches a final event that lacks its blank line, and ignores events without data', () => {
    expect(parseInPieces(Buffer.from('event: x\n\ndata: last'), [])).toEqual([{ event: 'message', data: 'last' }]);
  });
});
