import pino from 'pino';

export type Logger = pino.Logger;

/** Fields that never reach a log line, wherever a caller puts them (pino redact paths). */
const REDACTED_FIELDS = [
  'query', 'question', 'text', 'quote',
  'authorization', '*.authorization', 'headers.authorization', '*.headers.authorization', 'cookie', '*.cookie', 'headers.cookie', '*.headers.cookie',
  'token', '*.token', 'accessToken', '*.accessToken', 'apiKey', '*.apiKey', 'api_key', '*.api_key',
  'password', '*.password', 'secret', '*.secret', 'clientSecret', '*.clientSecret', 'privateKey', '*.privateKey', 'adminToken', '*.adminToken',
];

/**
 * Secrets recognisable by their shape, for strings that slip into messages and error texts:
 * bearer credentials, LLMoin API tokens, JWTs (OIDC tokens) and PEM private keys.
 */
const SECRET_PATTERNS: ReadonlyArray<[RegExp, string]> = [
  [/\bBearer\s+[A-Za-z0-9._~+/=-]+/gi, 'Bearer [redacted]'],
  [/\bllm_[A-Za-z0-9_-]{8,}/g, 'llm_[redacted]'],
  [/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g, '[redacted-jwt]'],
  [/-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g, '[redacted-private-key]'],
];

const MAX_DEPTH = 6;

/** Replaces secrets in a string: the known shapes plus literal values (e.g. a configured admin token). */
export function redactSecrets(text: string, literals: readonly string[] = []): string {
  let result = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) result = result.replace(pattern, replacement);
  for (const literal of literals) if (literal) result = result.split(literal).join('[redacted]');
  return result;
}

function scrub(value: unknown, literals: readonly string[], depth: number): unknown {
  if (typeof value === 'string') return redactSecrets(value, literals);
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return value;
  if (value instanceof Error) {
    return scrub({ type: value.name, message: value.message, stack: value.stack, ...Object.fromEntries(Object.entries(value)) }, literals, depth + 1);
  }
  if (Array.isArray(value)) return value.map((item) => scrub(item, literals, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, literals, depth + 1)]));
}

export interface LoggerOptions {
  /** Literal secrets to blank wherever they appear (the admin token from the environment). */
  secrets?: readonly string[];
}

/**
 * Structured JSON logs on stdout. Callers log identifiers and counts, never document text or
 * query strings; the redact list and the secret patterns are a second line of defence for
 * fields and texts that must not leak.
 */
export function createLogger(level: pino.LevelWithSilent = 'info', destination?: pino.DestinationStream, options: LoggerOptions = {}): Logger {
  const literals = (options.secrets ?? []).filter((secret) => secret.length >= 8);
  return pino(
    {
      level,
      base: { service: 'llmoin' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_FIELDS, censor: '[redacted]' },
      formatters: { log: (object) => scrub(object, literals, 0) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactSecrets(arg, literals) : arg)) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
