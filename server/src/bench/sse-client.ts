/**
 * An incremental Server-Sent Events parser for the bench's HTTP client: feed it the response
 * body as it arrives (any split, even inside a line or a multi-byte character's neighbours),
 * get back the `data` payload of every completed event. Follows the WHATWG event-stream rules
 * that matter for OpenAI-style streams: LF, CRLF or CR line ends, several `data:` lines joined
 * with "\n", one optional space after the colon, comment lines (":") and other fields ignored.
 */
export class SseDataParser {
  private buffer = '';
  private data: string[] = [];
  private sawCarriageReturn = false;

  /** Returns the data of each event completed by this chunk, in order. */
  push(chunk: string): string[] {
    const events: string[] = [];
    let text = chunk;
    // A CRLF split across two chunks: the LF belongs to the line the CR already ended.
    if (this.sawCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.sawCarriageReturn = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i += 1) {
      const char = this.buffer[i];
      if (char !== '\n' && char !== '\r') continue;
      const line = this.buffer.slice(start, i);
      if (char === '\r') {
        if (i + 1 === this.buffer.length) this.sawCarriageReturn = true;
        else if (this.buffer[i + 1] === '\n') i += 1;
      }
      start = i + 1;
      this.line(line, events);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private line(line: string, events: string[]): void {
    if (line === '') {
      if (this.data.length) events.push(this.data.join('\n'));
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    if (field !== 'data') return;
    const value = colon === -1 ? '' : line.slice(colon + 1);
    this.data.push(value.startsWith(' ') ? value.slice(1) : value);
  }
}

/** What the bench reads from one OpenAI `chat.completion.chunk`: the first choice's delta text and, if present, the usage. */
export interface ChunkSummary {
  content: string;
  completionTokens: number | null;
}

/** Parses one event's data once; `[DONE]` and chunks without text give ''. */
export function summarizeChunk(data: string): ChunkSummary {
  if (data === '[DONE]') return { content: '', completionTokens: null };
  const parsed = JSON.parse(data) as { choices?: Array<{ delta?: { content?: unknown } }>; usage?: { completion_tokens?: unknown } | null };
  const content = parsed.choices?.[0]?.delta?.content;
  const completionTokens = parsed.usage?.completion_tokens;
  return { content: typeof content === 'string' ? content : '', completionTokens: typeof completionTokens === 'number' ? completionTokens : null };
}
