import type { Server } from 'node:http';
import { createHttpServer } from './api/security';
import { createApp } from './app';
import { ensureAdminAccess } from './auth';
import { ConfigurationError, loadConfig } from './config';
import { buildService } from './dependencies';
import { createLogger } from './platform/logger';

/** Wires config → dependencies → app, ingests the bundled corpus, listens, and stops cleanly. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigurationError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // The admin token from the environment has no recognisable shape: blank it by value.
  const logger = createLogger(config.logLevel, undefined, { secrets: config.adminToken ? [config.adminToken] : [] });
  process.on('unhandledRejection', (reason) => logger.error({ reason: String(reason) }, 'unhandled rejection'));

  const service = await buildService(config, logger);
  if (!config.auditEnabled) logger.warn('LLMOIN_AUDIT_ENABLED=false: API calls are NOT audited (meant for measurements only)');
  if (!config.pseudonymization.enabled) logger.warn('LLMOIN_PSEUDONYMIZE=false: personal data reaches the language model unchanged');
  const initialToken = ensureAdminAccess(config, service.deps.tokens, logger);
  if (config.ingestCorpusOnStart) {
    const summary = await service.ingestCorpus({
      onProgress: ({ done, total, source, outcome }) => logger.info({ done, total, source, outcome }, 'corpus ingest progress'),
    });
    if (summary) logger.info({ ...summary, rejected: summary.rejected.length }, 'corpus ingest finished');
  }

  const app = createApp(service.deps);
  // Bounded header, request and keep-alive waits (LLMOIN_*_TIMEOUT_MS): slow clients cannot hold connections.
  const server: Server = createHttpServer(app, config.security.timeouts);
  server.once('error', (error) => {
    process.stderr.write(`LLMoin cannot listen on ${config.host}:${config.port}: ${error.message}\n`);
    process.exit(1);
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    logger.info({ host: config.host, port }, 'listening');
    process.stdout.write(`\nLLMoin läuft: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}\n`);
    if (initialToken) process.stdout.write(`Initiales Admin-Token (wird nur einmal angezeigt): ${initialToken}\n\n`);
  });

  const stop = (signal: string) => {
    logger.info({ signal }, 'stopping');
    server.close(() => {
      void service.close().then(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

void main().catch((error: unknown) => {
  process.stderr.write(`LLMoin failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
