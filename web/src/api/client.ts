import { EventStreamParser } from './event-stream';
import type { Provenance, ResultMode, UploadResult } from './types';

/** An RFC 9457 problem body as the service sends it. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  reason?: string;
  retryAfterSeconds?: number;
  errors?: Array<{ path: string; message: string }>;
  requestId?: string;
}

/** A failed call: HTTP status (0 = no connection) and the problem body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

export interface StreamHandlers {
  onStart?(start: { mode: ResultMode; model: string | null }): void;
  onProgress?(progress: { stage: string; done: number; total: number }): void;
  onDelta?(text: string): void;
}

export interface UploadProgress {
  loaded: number;
  total: number;
}

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * The UI's only door to the service: bearer token on every call, problem bodies turned into
 * ApiError, SSE streams of the use-case endpoints parsed as they arrive. A 401 also tells the
 * app (onUnauthorized) so it can return to the login.
 */
export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token: () => string | null,
    private readonly onUnauthorized: () => void = () => undefined,
  ) {}

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    const token = this.token();
    return { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra };
  }

  private async send(method: string, path: string, body: unknown, accept: string, signal?: AbortSignal): Promise<Response> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: this.headers({ Accept: accept, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) }),
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(signal ? { signal } : {}),
      });
    } catch (error) {
      if (isAbort(error)) throw error;
      throw new ApiError(0, { detail: error instanceof Error ? error.message : String(error) });
    }
    if (!response.ok) throw await this.toError(response);
    return response;
  }

  private async toError(response: Response): Promise<ApiError> {
    let problem: Problem = {};
    try {
      problem = (await response.json()) as Problem;
    } catch {
      problem = { detail: response.statusText };
    }
    if (response.status === 401) this.onUnauthorized();
    const header = Number(response.headers.get('retry-after'));
    const retryAfter = Number.isFinite(header) && header > 0 ? header : (problem.retryAfterSeconds ?? null);
    return new ApiError(response.status, problem, retryAfter);
  }

  async json<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
    const response = await this.send(method, path, body, 'application/json', signal);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  /**
   * A file download: POST with a body (DOCX export) or GET without one (audit export); the body
   * and the file name from Content-Disposition.
   */
  async download(path: string, body?: unknown): Promise<{ blob: Blob; fileName: string }> {
    const response = await this.send(body === undefined ? 'GET' : 'POST', path, body, '*/*');
    const disposition = response.headers.get('content-disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
    const plain = /filename="([^"]+)"/i.exec(disposition)?.[1];
    const fileName = encoded ? decodeURIComponent(encoded) : (plain ?? 'dokument.docx');
    return { blob: await response.blob(), fileName };
  }

  /**
   * POSTs with `stream: true` and reads the SSE answer: start, progress, delta, then done (the
   * full result) or error (a problem body). Aborting the signal closes the connection, which
   * makes the service stop generating.
   */
  async stream<T extends Provenance>(path: string, body: object, handlers: StreamHandlers, signal: AbortSignal): Promise<T> {
    const response = await this.send('POST', path, { ...body, stream: true }, 'text/event-stream', signal);
    if (!response.body) throw new ApiError(0, { detail: 'Leere Antwort.' });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new EventStreamParser();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const event of parser.push(value)) {
        const data: unknown = JSON.parse(event.data);
        if (event.event === 'start') handlers.onStart?.(data as { mode: ResultMode; model: string | null });
        else if (event.event === 'progress') handlers.onProgress?.(data as { stage: string; done: number; total: number });
        else if (event.event === 'delta') handlers.onDelta?.((data as { text: string }).text);
        else if (event.event === 'done') {
          await reader.cancel().catch(() => undefined);
          return data as T;
        } else if (event.event === 'error') {
          const problem = data as Problem;
          throw new ApiError(problem.status ?? 500, problem, problem.retryAfterSeconds ?? null);
        }
      }
    }
    throw new ApiError(0, { detail: 'Die Verbindung wurde vor dem Ende der Antwort getrennt.' });
  }

  /** Multipart upload through XMLHttpRequest, whose upload events report progress (fetch has none). */
  upload(file: File, fields: Record<string, string>, onProgress: (progress: UploadProgress) => void, signal?: AbortSignal): Promise<UploadResult> {
    return new Promise((resolve, reject) => {
      const request = new XMLHttpRequest();
      request.open('POST', `${this.baseUrl}/api/v1/documents`);
      for (const [name, value] of Object.entries(this.headers({ Accept: 'application/json' }))) request.setRequestHeader(name, value);
      request.upload.addEventListener('progress', (event) => onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size }));
      request.addEventListener('load', () => {
        let body: unknown = null;
        try {
          body = JSON.parse(request.responseText);
        } catch {
          body = { detail: request.statusText };
        }
        if (request.status >= 200 && request.status < 300) {
          resolve(body as UploadResult);
          return;
        }
        if (request.status === 401) this.onUnauthorized();
        const retryAfter = Number(request.getResponseHeader('retry-after'));
        reject(new ApiError(request.status, body as Problem, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null));
      });
      request.addEventListener('error', () => reject(new ApiError(0, { detail: 'Netzwerkfehler beim Hochladen.' })));
      request.addEventListener('abort', () => reject(new DOMException('Upload abgebrochen', 'AbortError')));
      signal?.addEventListener('abort', () => request.abort());
      const form = new FormData();
      for (const [name, value] of Object.entries(fields)) form.append(name, value);
      form.append('file', file);
      request.send(form);
    });
  }
}

export { isAbort };
