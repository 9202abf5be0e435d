import express, { type Express } from 'express';
import { auditRoutes } from './api/audit/audit.routes';
import { recordApiCalls } from './api/audit/record-api-calls';
import { chatRoutes } from './api/chats/chats.routes';
import { citationRoutes } from './api/citations/citations.routes';
import { deadlineRoutes } from './api/deadlines/deadlines.routes';
import { documentRoutes } from './api/documents/documents.routes';
import { draftRoutes } from './api/draft/draft.routes';
import { exportRoutes } from './api/export/export.routes';
import { healthRoutes } from './api/health/health.routes';
import { openAiRoutes } from './api/openai/openai.routes';
import { notFoundHandler, problemHandler } from './api/problem-handler';
import { requestContext, requireAuthentication } from './api/request-context';
import { researchRoutes } from './api/research/research.routes';
import { searchRoutes } from './api/search/search.routes';
import { simplifyRoutes } from './api/simplify/simplify.routes';
import { summarizeRoutes } from './api/summarize/summarize.routes';
import { tokenRoutes } from './api/tokens/tokens.routes';
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
  app.set('trust proxy', false);
  app.use(requestContext(deps.logger));
  app.use((_request, response, next) => {
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(healthRoutes(deps));
  // Every API call is audited, also those refused with 401/403, so the recorder sits before authentication.
  app.use(['/api', '/v1'], recordApiCalls(deps.audit, deps.logger));
  // Authenticate before parsing bodies: anonymous callers get 401 without costing a parse.
  app.use(['/api', '/v1'], requireAuthentication(deps.authenticator));
  app.use(express.json({ limit: deps.config.maxJsonBytes, strict: true }));
  app.use(searchRoutes(deps));
  app.use(researchRoutes(deps));
  app.use(citationRoutes(deps));
  app.use(summarizeRoutes(deps));
  app.use(draftRoutes(deps));
  app.use(deadlineRoutes());
  app.use(simplifyRoutes(deps));
  app.use(chatRoutes(deps));
  app.use(documentRoutes(deps));
  app.use(tokenRoutes(deps));
  app.use(auditRoutes(deps));
  app.use(exportRoutes(deps));
  app.use(openAiRoutes(deps));
  app.use(notFoundHandler);
  app.use(problemHandler(deps.logger));
  return app;
}
