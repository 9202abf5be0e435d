import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Test support: a real HTTP server on 127.0.0.1 that speaks the OpenAI streaming protocol and can
 * be told to misbehave. It is the fake network peer for the upstream client's tests (fetch itself
 * is never mocked). Each request takes the next queued behaviour, or `fallback` when none is left.
 */
export interface Exchange {
  req: http.IncomingMessage;
  res: http.ServerResponse;
  body: Record<string, unknown>;
}

export type Behaviour = (exchange: Exchange) => void | Promise<void>;

export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
  /** Resolves when the connection closes: true if the client went away before the response ended. */
  closedEarly: Promise<boolean>;
}

export class FakeOpenAiUpstream {
  readonly requests: RecordedRequest[] = [];
  fallback: Behaviour = streamText(['Hallo', ' Welt']);
  private readonly queue: Behaviour[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeOpenAiUpstream> {
    const server = http.createServer();
    server.on('connection', (socket) => socket.setNoDelay(true));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const upstream = new FakeOpenAiUpstream(server, `http://127.0.0.1:${port}/v1`);
    server.on('request', (req, res) => void upstream.handle(req, res));
    return upstream;
  }

  enqueue(...behaviours: Behaviour[]): void {
    this.queue.push(...behaviours);
  }

  reset(): void {
    this.queue.length = 0;
    this.requests.length = 0;
    this.fallback = streamText(['Hallo', ' Welt']);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = (text ? JSON.parse(text) : {}) as Record<string, unknown>;
    const closedEarly = new Promise<boolean>((resolve) => res.on('close', () => resolve(!res.writableFinished)));
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body, closedEarly });
    const behaviour = this.queue.shift() ?? this.fallback;
    await behaviour({ req, res, body });
  }
}

export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Data lines of an SSE stream in the shape vLLM sends. */
export function chatEvents(pieces: string[], options: { finishReason?: string; usage?: { prompt: number; completion: number } | null } = {}): string[] {
  const chunk = (delta: Record<string, unknown>, finishReason: string | null = null) =>
    `data: ${JSON.stringify({ id: 'chatcmpl-1', object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  const usage = options.usage === undefined ? { prompt: 7, completion: pieces.length } : options.usage;
  return [
    chunk({ role: 'assistant', content: '' }),
    ...pieces.map((piece) => chunk({ content: piece })),
    chunk({}, options.finishReason ?? 'stop'),
    ...(usage ? [`data: ${JSON.stringify({ choices: [], usage: { prompt_tokens: usage.prompt, completion_tokens: usage.completion, total_tokens: usage.prompt + usage.completion } })}\n\n`] : []),
    'data: [DONE]\n\n',
  ];
}

function startStream(res: http.ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  res.flushHeaders();
}

/**
 * Writes the bytes in pieces cut inside every multi-byte UTF-8 character and between every CR and
 * LF, with `gapMs` between writes so that the client's reads really see those cuts.
 */
async function writeCutInsideCharacters(res: http.ServerResponse, text: string, gapMs: number): Promise<void> {
  const bytes = Buffer.from(text, 'utf8');
  const cuts: number[] = [];
  bytes.forEach((byte, offset) => {
    if (byte >= 0xc0 || byte === 0x0d) cuts.push(offset + 1);
  });
  let start = 0;
  for (const cut of [...cuts, bytes.length]) {
    if (res.destroyed) return;
    res.write(bytes.subarray(start, cut));
    start = cut;
    await delay(gapMs);
  }
}

/**
 * A normal stream. `cutInsideCharacters` splits the bytes inside UTF-8 characters and CRLFs;
 * `gapMs` alone sends one event per write with that pause; `keepalive` adds comment lines.
 */
export function streamText(
  pieces: string[],
  options: { finishReason?: string; usage?: { prompt: number; completion: number } | null; cutInsideCharacters?: boolean; gapMs?: number; keepalive?: boolean } = {},
): Behaviour {
  return async ({ res }) => {
    startStream(res);
    const events = chatEvents(pieces, options);
    const text = options.keepalive ? events.map((event) => `: keep-alive\r\n\r\n${event.replace(/\n/g, '\r\n')}`).join('') : events.join('');
    if (options.cutInsideCharacters) await writeCutInsideCharacters(res, text, options.gapMs ?? 1);
    else if (options.gapMs) {
      for (const event of events) {
        res.write(event);
        await delay(options.gapMs);
      }
    } else res.write(text);
    res.end();
  };
}

/** Streams `pieces`, then kills the socket without finishing the response. */
export function dieAfter(pieces: string[]): Behaviour {
  return async ({ res }) => {
    startStream(res);
    const events = chatEvents(pieces).slice(0, pieces.length + 1);
    for (const event of events) {
      res.write(event);
      await delay(5);
    }
    res.socket?.destroy();
  };
}

/** Sends headers (and optionally some text), then nothing until the client gives up. */
export function hangAfter(pieces: string[] = []): Behaviour {
  return ({ res }) => {
    startStream(res);
    for (const event of chatEvents(pieces).slice(0, pieces.length + 1)) res.write(event);
  };
}

/** Never answers at all, not even headers. */
export const hangBeforeHeaders: Behaviour = () => undefined;

export function respondStatus(status: number, body: unknown, headers: Record<string, string> = {}): Behaviour {
  return ({ res }) => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };
}

/**
 * Embeddings with `dimensions` components per text, deliberately not normalised (component i is
 * text length + i) and listed in reverse order with their `index`, as some servers do.
 */
export function embeddings(dimensions: number): Behaviour {
  return ({ res, body }) => {
    const input = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
    const data = input.map((text, index) => ({ object: 'embedding', index, embedding: Array.from({ length: dimensions }, (_, i) => text.length + i) }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ object: 'list', data: data.reverse(), model: body.model, usage: { prompt_tokens: input.length, total_tokens: input.length } }));
  };
}
