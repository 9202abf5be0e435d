/** One dispatched server-sent event; `data` joins multi-line data fields with "\n". */
export interface SseEvent {
  event: string;
  data: string;
  id?: string;
}

/**
 * An incremental text/event-stream parser (WHATWG HTML §9.2.6) that takes raw bytes as they come
 * off the socket. The network splits chunks anywhere, also inside a UTF-8 character or between
 * "\r" and "\n", so bytes go through a streaming TextDecoder and partial lines wait for the next
 * chunk. Comment lines (": keep-alive") are skipped. `push` and `end` return the events completed.
 */
export class SseParser {
  private readonly decoder = new TextDecoder('utf-8');
  private buffer = '';
  private skipLeadingNewline = false;
  private dataLines: string[] = [];
  private eventName = '';
  private lastId: string | undefined;

  push(bytes: Uint8Array): SseEvent[] {
    return this.consume(this.decoder.decode(bytes, { stream: true }), false);
  }

  /**
   * Flushes the decoder. A final event without its blank line is still dispatched: some servers
   * close right after the last `data:` line; a truncated payload then fails JSON parsing upstream.
   */
  end(): SseEvent[] {
    return this.consume(this.decoder.decode(), true);
  }

  private consume(text: string, final: boolean): SseEvent[] {
    const events: SseEvent[] = [];
    this.buffer += text;
    let start = 0;
    for (;;) {
      if (this.skipLeadingNewline && start < this.buffer.length) {
        if (this.buffer[start] === '\n') start += 1;
        this.skipLeadingNewline = false;
      }
      const cr = this.buffer.indexOf('\r', start);
      const lf = this.buffer.indexOf('\n', start);
      const end = cr === -1 ? lf : lf === -1 ? cr : Math.min(cr, lf);
      if (end === -1) break;
      this.line(this.buffer.slice(start, end), events);
      // "\r\n" is one line break; the "\n" may only arrive with the next chunk.
      this.skipLeadingNewline = this.buffer[end] === '\r';
      start = end + 1;
    }
    this.buffer = this.buffer.slice(start);
    if (final) {
      if (this.buffer.length > 0) this.line(this.buffer, events);
      this.buffer = '';
      this.dispatch(events);
    }
    return events;
  }

  private line(line: string, events: SseEvent[]): void {
    if (line === '') return this.dispatch(events);
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.dataLines.push(value);
    else if (field === 'event') this.eventName = value;
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
    // "retry" and unknown fields are ignored: reconnection is our retry policy's job.
  }

  private dispatch(events: SseEvent[]): void {
    if (this.dataLines.length > 0) {
      events.push({
        event: this.eventName || 'message',
        data: this.dataLines.join('\n'),
        ...(this.lastId !== undefined ? { id: this.lastId } : {}),
      });
    }
    this.dataLines = [];
    this.eventName = '';
  }
}
