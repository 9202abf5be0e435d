/** One server-sent event as LLMoin writes them: `event: <name>` and one JSON `data:` line. */
export interface ServerEvent {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser (WHATWG rules that matter here): feed decoded chunks split
 * anywhere, get completed events. LF, CRLF and CR end lines; several `data:` lines join with "\n";
 * comments and unknown fields are ignored; an event without `event:` is a "message".
 */
export class EventStreamParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private pendingCarriageReturn = false;

  push(chunk: string): ServerEvent[] {
    const events: ServerEvent[] = [];
    let text = chunk;
    if (this.pendingCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    this.pendingCarriageReturn = false;
    this.buffer += text;
    let start = 0;
    for (let index = 0; index < this.buffer.length; index += 1) {
      const char = this.buffer[index];
      if (char !== '\n' && char !== '\r') continue;
      const line = this.buffer.slice(start, index);
      if (char === '\r') {
        if (index + 1 === this.buffer.length) this.pendingCarriageReturn = true;
        else if (this.buffer[index + 1] === '\n') index += 1;
      }
      start = index + 1;
      this.readLine(line, events);
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  private readLine(line: string, events: ServerEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) events.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}
