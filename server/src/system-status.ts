/** What /health reports: enough for an operator to see what works and what is degraded. */
export interface SystemStatus {
  status: 'ok' | 'degraded';
  version: string;
  database: { ok: boolean; schemaVersion: number };
  retrieval: {
    mode: 'hybrid' | 'lexical';
    /** Why the service runs lexical-only, when it does. */
    reason: string | null;
    lexical: { chunks: number };
    dense: { modelId: string; vectors: number; dimensions: number } | null;
  };
  models: {
    embedding: { configured: string | null; loaded: boolean; error: string | null };
    generation: {
      configured: string | null;
      loaded: boolean;
      error: string | null;
      backend: 'transformers' | 'openai-compatible' | null;
      /** `extractive` means no generation model: functions answer without one. */
      mode: 'generative' | 'extractive';
      queue: { workers: number; busy: number; queued: number; maxQueue: number } | null;
      /** Upstream circuit breaker (open = the inference server is failing; callers get 503). */
      circuit: { state: 'closed' | 'open' | 'half-open'; consecutiveFailures: number; retryAfterSeconds: number | null } | null;
    };
  };
  counts: { documents: number; chunks: number; pages: number; rejected: number };
  corpus: { state: 'idle' | 'ingesting' | 'done' | 'failed'; done: number; total: number };
}
