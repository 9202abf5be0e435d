import type { AttemptScope } from './attempt-scope';
import { parseChatChunk, type ChatChunk } from './chat-chunk';
import { SseParser } from './sse-parser';
import { AttemptFailure } from './upstream-errors';
import { failureFromError } from './upstream-http';

/**
 * Pulls ChatChunks out of a streaming chat response, one at a time. The idle timer runs only while
 * a read waits for the network: any bytes (keep-alive comments included) end the wait, so a slow
 * but living upstream is not cut off, and a slow consumer (a client reading our own response
 * slowly) is never mistaken for a silent upstream. A server that ignored `stream: true` and
 * answered with one JSON completion is accepted as a single chunk.
 */
export class ChatStreamReader {
  private readonly parser = new SseParser();
  /** Event payloads not yet parsed: parsing lazily keeps the chunks before a bad one deliverable. */
  private readonly pending: string[] = [];
  private readonly reader: ReadableStreamDefaultReader<Uint8Array> | null;
  private readonly wholeJson: boolean;
  private idleMs: number | null = null;
  private ended = false;
  /** Whether the `[DONE]` sentinel (or a complete JSON body) arrived. */
  sawDone = false;

  constructor(
    private readonly response: Response,
    private readonly scope: AttemptScope,
  ) {
    this.wholeJson = (response.headers.get('content-type') ?? '').includes('application/json');
    this.reader = this.wholeJson || !response.body ? null : response.body.getReader();
  }

  /** From now on, a read that waits longer than `ms` for data aborts the attempt (idle timeout). */
  setIdleTimeout(ms: number): void {
    this.idleMs = ms;
  }

  /** The next chunk, or null at the end of the stream (check `sawDone` to tell clean from cut). */
  async read(): Promise<ChatChunk | null> {
    for (;;) {
      const next = this.pending.shift();
      if (next !== undefined) return parseChatChunk(next);
      if (this.ended) return null;
      if (this.wholeJson) await this.readWholeJson();
      else await this.readBytes();
    }
  }

  private async readBytes(): Promise<void> {
    if (!this.reader) {
      this.ended = true;
      return;
    }
    let result: Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>>;
    if (this.idleMs !== null) this.scope.arm('idle', this.idleMs);
    try {
      result = await this.reader.read();
    } catch (error) {
      throw failureFromError(this.scope, error);
    } finally {
      this.scope.disarm('idle');
    }
    const events = result.done ? this.parser.end() : this.parser.push(result.value);
    if (result.done) this.ended = true;
    for (const event of events) {
      if (this.sawDone) break;
      if (event.data.trim() === '[DONE]') this.sawDone = true;
      else this.pending.push(event.data);
    }
    if (this.sawDone) this.finish();
  }

  private async readWholeJson(): Promise<void> {
    let text: string;
    try {
      text = await this.response.text();
    } catch (error) {
      throw failureFromError(this.scope, error);
    }
    this.ended = true;
    this.sawDone = true;
    this.pending.push(text);
  }

  /** After `[DONE]` nothing more is read. */
  private finish(): void {
    this.ended = true;
    this.reader?.cancel().catch(() => undefined);
  }

  /** Stops reading; aborting the scope closes the socket, this only releases the reader. */
  close(): void {
    this.ended = true;
    this.reader?.cancel().catch(() => undefined);
  }
}

/** Thrown when the body ends before `[DONE]` and before any finish_reason: the upstream died. */
export function prematureEnd(): AttemptFailure {
  return new AttemptFailure({ kind: 'network' }, 'stream ended without finish_reason or [DONE]');
}
