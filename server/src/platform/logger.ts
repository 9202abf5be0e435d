import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured JSON logs on stdout. Callers log identifiers and counts, never document text or
 * query strings; the redact list is a second line of defence for fields that must not leak.
 */
export function createLogger(level: pino.LevelWithSilent = 'info', destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'llmoin' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['query', 'question', 'text', 'quote', 'authorization', '*.authorization', 'token', '*.token'],
        censor: '[redacted]',
      },
    },
    destination,
  );
}
