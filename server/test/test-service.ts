import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../src/app';
import type { Role } from '../src/auth';
import { loadConfig, type Config } from '../src/config';
import { buildService, type Service } from '../src/dependencies';
import { createLogger } from '../src/platform/logger';

export const REPO_ROOT = path.resolve(__dirname, '../..');
export const TEST_ADMIN_TOKEN = 'test-admin-token-0123456789abcdef';

export interface TestService {
  service: Service;
  app: Express;
  config: Config;
  dataDir: string;
  admin: string;
  /** A personal API token for a new user of the given role. */
  tokenFor(subject: string, role?: Role): string;
  close(): Promise<void>;
}

/** A real service (SQLite file, indexes, models from ./models) in a throwaway data dir. */
export async function createTestService(environment: Record<string, string> = {}): Promise<TestService> {
  const dataDir = environment['LLMOIN_DATA_DIR'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-test-'));
  const config = loadConfig(
    {
      LLMOIN_DATA_DIR: dataDir,
      LLMOIN_MODELS_DIR: path.join(REPO_ROOT, 'models'),
      LLMOIN_CORPUS_DIR: path.join(REPO_ROOT, 'corpus'),
      LLMOIN_PROMPTS_DIR: path.join(REPO_ROOT, 'prompts'),
      LLMOIN_RULES_DIR: path.join(REPO_ROOT, 'rules'),
      LLMOIN_ADMIN_TOKEN: TEST_ADMIN_TOKEN,
      LLMOIN_INGEST_CORPUS_ON_START: 'false',
      LLMOIN_LOG_LEVEL: 'silent',
      ...environment,
    },
    REPO_ROOT,
  );
  const service = await buildService(config, createLogger('silent'));
  return {
    service,
    app: createApp(service.deps),
    config,
    dataDir,
    admin: `Bearer ${TEST_ADMIN_TOKEN}`,
    tokenFor: (subject, role = 'clerk') =>
      `Bearer ${service.deps.tokens.create({ subject, role, name: 'test', expiresAt: null }).token}`,
    close: async () => {
      await service.close();
      if (!environment['LLMOIN_DATA_DIR']) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
