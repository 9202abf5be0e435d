import express, { type Express } from 'express';
import { auditRoutes } from './api/audit/audit.routes';
import { recordApiCalls } from './api/audit/record-api-calls';
import { chatRoutes } from './api/chats/chats.routes';
import { dataSubjectRoutes } from './api/data-subject/data-subject.routes';
import { citationRoutes } from './api/citations/citations.routes';
import { cors } from './api/cors';
import { deadlineRoutes } from './api/deadlines/deadlines.routes';
import { documentRoutes } from './api/documents/documents.routes';
import { draftRoutes } from './api/draft/draft.routes';
import { exportRoutes } from './api/export/export.routes';
import { healthRoutes } from './api/health/health.routes';
import { openAiRoutes } from './api/openai/openai.routes';
import { notFoundHandler, problemHandler } from './api/problem-handler';
import { requestContext, requireAuthentication } from './api/request-context';
import { researchRoutes } from './api/research/research.routes';
import { ipRateLimit, securityHeaders, userRateLimits } from './api/security';
import { searchRoutes } from './api/search/search.routes';
import { simplifyRoutes } from './api/simplify/simplify.routes';
import { summarizeRoutes } from './api/summarize/summarize.routes';
import { tokenRoutes } from './api/tokens/tokens.routes';
import { webRoutes } from './api/web/web.routes';
import type { AuditLog } from './audit';
import type { Authenticator, TokenStore } from './auth';
import type { Config } from './config';
import type { DocumentLibrary } from './ingest';
import type { ModelCatalog } from './inference';
import type { AssistantServices, PromptLibrary } from './generation';
import type { Logger } from './platform/logger';
import type { GermanAnalyzer, Retriever } from './retrieval';
import type { SystemStatus } from './system-status';

export interface AppDependencies {
  config: Config;
  logger: Logger;
  authenticator: Authenticator;
  tokens: TokenStore;
  library: DocumentLibrary;
  retriever: Retriever;
  analyzer: GermanAnalyzer;
  models: ModelCatalog;
  prompts: PromptLibrary;
  assistant: AssistantServices;
  status: () => SystemStatus;
  audit: AuditLog;
}

/** Builds the HTTP app from ready dependencies; never listens (tests use supertest, main.ts listens). */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only configured proxies may set the client address and protocol (rate limits, HSTS); never `true`.
  app.set('trust proxy', deps.config.security.trustProxy);
  app.use(requestContext(deps.logger));
  // Security headers and Cache-Control: no-store on every response; UI pages set their own CSP (api/web).
  app.use(securityHeaders(deps.config));
  // Preflights carry no token: answered before audit and authentication; only allowlisted origins get CORS headers.
  app.use(['/api', '/v1', '/health'], cors(deps.config.web.corsOrigins));
  app.use(healthRoutes(deps));
  // /health stays unlimited (probes); everything after it counts against the caller's address first.
  app.use(ipRateLimit(deps.config, deps.logger));
  app.use(webRoutes(deps));
  // Every API call is audited, also those refused with 401/403, so the recorder sits before authentication.
  if (deps.config.auditEnabled) app.use(['/api', '/v1'], recordApiCalls(deps.audit, deps.logger));
  // Authenticate before parsing bodies: anonymous callers get 401 without costing a parse.
  app.use(['/api', '/v1'], requireAuthentication(deps.authenticator));
  app.use(userRateLimits(deps.config, deps.logger, () => deps.models.entries().some((entry) => entry.task === 'generation')));
  app.use(express.json({ limit: deps.config.maxJsonBytes, strict: true }));
  app.use(searchRoutes(deps));
  app.use(researchRoutes(deps));
  app.use(citationRoutes(deps));
  app.use(summarizeRoutes(deps));
  app.use(draftRoutes(deps));
  app.use(deadlineRoutes());
  app.use(simplifyRoutes(deps));
  app.use(chatRoutes(deps));
  app.use(dataSubjectRoutes(deps));
  app.use(documentRoutes(deps));
  app.use(tokenRoutes(deps));
  app.use(auditRoutes(deps));
  app.use(exportRoutes(deps));
  app.use(openAiRoutes(deps));
  app.use(notFoundHandler);
  app.use(problemHandler(deps.logger));
  return app;
}
