import express, { type Express } from 'express';
import { documentRoutes } from './api/documents/documents.routes';
import { healthRoutes } from './api/health/health.routes';
import { openAiRoutes } from './api/openai/openai.routes';
import { notFoundHandler, problemHandler } from './api/problem-handler';
import { requestContext, requireAuthentication } from './api/request-context';
import { researchRoutes } from './api/research/research.routes';
import { searchRoutes } from './api/search/search.routes';
import { tokenRoutes } from './api/tokens/tokens.routes';
import type { Authenticator, TokenStore } from './auth';
import type { Config } from './config';
import type { DocumentLibrary } from './ingest';
import type { ModelCatalog } from './inference';
import type { PromptLibrary } from './generation';
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
  status: () => SystemStatus;
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
  // Authenticate before parsing bodies: anonymous callers get 401 without costing a parse.
  app.use(['/api', '/v1'], requireAuthentication(deps.authenticator));
  app.use(express.json({ limit: deps.config.maxJsonBytes, strict: true }));
  app.use(searchRoutes(deps));
  app.use(researchRoutes(deps));
  app.use(documentRoutes(deps));
  app.use(tokenRoutes(deps));
  app.use(openAiRoutes(deps));
  app.use(notFoundHandler);
  app.use(problemHandler(deps.logger));
  return app;
}
