import { SseDataParser, summarizeChunk } from './sse-client';

describe('SseDataParser', () => {
  it('returns the data of complete events only, however the body is split', () => {
    const body = 'data: {"a":1}\n\ndata: {"b":2}\n\ndata: [DONE]\n\n';
    for (let cut = 0; cut <= body.length; cut += 1) {
      const parser = new SseDataParser();
      expect([...parser.push(body.slice(0, cut)), ...parser.push(body.slice(cut))]).toEqual(['{"a":1}', '{"b":2}', '[DONE]']);
    }
  });

  it('handles CRLF (also split between chunks), CR, multi-line data, comments and other fields', () => {
    const parser = new SseDataParser();
    expect(parser.push(': keep-alive\r')).toEqual([]);
    expect(parser.push('\nevent: x\r\ndata: one\r\ndata:two\r')).toEqual([]);
    expect(parser.push('\n\r')).toEqual(['one\ntwo']);
    expect(parser.push('data\r\r')).toEqual(['']);
    expect(parser.push('id: 7\n\n')).toEqual([]);
  });

  it('keeps an unfinished event until its blank line arrives', () => {
    const parser = new SseDataParser();
    expect(parser.push('data: Grüß')).toEqual([]);
    expect(parser.push(' Gott\n')).toEqual([]);
    expect(parser.push('\n')).toEqual(['Grüß Gott']);
  });
});

describe('summarizeChunk', () => {
  it('reads the first choice delta text and the usage, and ignores role and finish chunks', () => {
    expect(summarizeChunk('{"choices":[{"index":0,"delta":{"content":"Hallo"}}]}')).toEqual({ content: 'Hallo', completionTokens: null });
    expect(summarizeChunk('{"choices":[{"index":0,"delta":{"role":"assistant","content":""}}],"usage":null}')).toEqual({ content: '', completionTokens: null });
    expect(summarizeChunk('{"choices":[],"usage":{"prompt_tokens":1,"completion_tokens":128}}')).toEqual({ content: '', completionTokens: 128 });
    expect(summarizeChunk('[DONE]')).toEqual({ content: '', completionTokens: null });
  });
});
