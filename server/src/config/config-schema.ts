import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_RESEARCH_MIN_COVERAGE } from '../generation/answer-question';
import { allowlistSchema, caseReferencePatternsSchema, personalDataTypesSchema, type PseudonymizationSettings } from '../privacy/settings';
import { checkOidcVariables, oidcVariables, toOidcConfig, type OidcConfig } from './oidc-variables';
import { checkSecurityVariables, securityVariables, toSecurityConfig, type SecurityConfig } from './security-variables';
import { toWebConfig, webVariables, type WebConfig } from './web-variables';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const positiveInteger = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * Every environment variable the service reads. The names are a contract (README, deployments):
 * extend, never rename.
 */
export const environmentSchema = z.object({
  LLMOIN_DATA_DIR: z.string().min(1).default('./data'),
  LLMOIN_PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  LLMOIN_HOST: z.string().min(1).default('127.0.0.1'),
  LLMOIN_MODELS_DIR: z.string().min(1).default('./models'),
  LLMOIN_CORPUS_DIR: z.string().min(1).default('./corpus'),
  LLMOIN_PROMPTS_DIR: z.string().min(1).default('./prompts'),
  LLMOIN_RULES_DIR: z.string().min(1).default('./rules'),
  LLMOIN_INGEST_CORPUS_ON_START: booleanFlag.default(true),
  LLMOIN_EMBEDDING_MODEL: z.string().default(''),
  LLMOIN_GENERATION_MODEL: z.string().default(''),
  LLMOIN_GENERATION_CONCURRENCY: positiveInteger(1),
  LLMOIN_GENERATION_QUEUE: z.coerce.number().int().min(0).default(8),
  LLMOIN_GENERATION_QUEUE_TIMEOUT_MS: positiveInteger(30_000),
  LLMOIN_GENERATION_TIMEOUT_MS: positiveInteger(120_000),
  LLMOIN_DEFAULT_GENERATION_TOKENS: positiveInteger(512),
  LLMOIN_MAX_GENERATION_TOKENS: positiveInteger(2048),
  LLMOIN_MAX_PROMPT_CHARS: positiveInteger(32_000),
  LLMOIN_RETRIEVAL_MODE: z.enum(['auto', 'lexical', 'hybrid']).default('auto'),
  LLMOIN_DENSE_WEIGHT: z.coerce.number().min(0).max(1).default(0.2),
  LLMOIN_FUSION: z.enum(['score', 'rrf']).default('score'),
  LLMOIN_CHUNK_SIZE: positiveInteger(1200),
  LLMOIN_CHUNK_OVERLAP: z.coerce.number().int().min(0).default(150),
  LLMOIN_MAX_UPLOAD_BYTES: positiveInteger(25 * 1024 * 1024),
  LLMOIN_MAX_JSON_BYTES: positiveInteger(1024 * 1024),
  LLMOIN_MAX_PDF_PAGES: positiveInteger(2000),
  LLMOIN_MAX_QUERY_CHARS: positiveInteger(2000),
  LLMOIN_MAX_RESULTS: positiveInteger(50),
  LLMOIN_MAX_TEXT_CHARS: positiveInteger(400_000),
  LLMOIN_SUMMARY_MAX_WINDOWS: positiveInteger(24),
  LLMOIN_CHAT_HISTORY_TURNS: positiveInteger(12),
  LLMOIN_MAX_CHATS_PER_USER: positiveInteger(500),
  LLMOIN_RESEARCH_MIN_COVERAGE: z.coerce.number().min(0).max(1).default(DEFAULT_RESEARCH_MIN_COVERAGE),
  LLMOIN_PSEUDONYMIZE: booleanFlag.default(true),
  LLMOIN_PSEUDONYMIZE_TYPES: z.string().default('all').pipe(personalDataTypesSchema),
  LLMOIN_AKTENZEICHEN_PATTERNS: z.string().default('').pipe(caseReferencePatternsSchema),
  LLMOIN_PSEUDONYMIZE_ALLOWLIST: z.string().default('').pipe(allowlistSchema),
  LLMOIN_AUDIT_SIGNING_KEY_FILE: z.string().min(1).optional(),
  LLMOIN_AUDIT_CHECKPOINT_INTERVAL: positiveInteger(1000),
  LLMOIN_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).default(0),
  LLMOIN_AUDIT_STORE_CONTENT: booleanFlag.default(false),
  LLMOIN_AUDIT_ENABLED: booleanFlag.default(true),
  LLMOIN_AUDIT_CONTENT_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  LLMOIN_ADMIN_TOKEN: z.string().min(24, 'must be at least 24 characters').optional(),
  LLMOIN_TOKEN_MAX_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  // LLMOIN_OIDC_*: see oidc-variables.ts and docs/AUTHENTICATION.md.
  ...oidcVariables,
  // LLMOIN_CORS_ORIGINS, LLMOIN_PUBLIC_URL, LLMOIN_OFFICE_JS_URL, …: see web-variables.ts and web/README.md.
  ...webVariables,
  // LLMOIN_RATE_LIMIT_*, LLMOIN_TRUST_PROXY, LLMOIN_HSTS, LLMOIN_*_TIMEOUT_MS: see security-variables.ts and docs/SECURITY.md.
  ...securityVariables,
  LLMOIN_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
}).superRefine(checkOidcVariables).superRefine(checkSecurityVariables);

export type Environment = z.infer<typeof environmentSchema>;

/** Validated, resolved settings handed to the rest of the service; nothing else reads process.env. */
export interface Config {
  dataDir: string;
  port: number;
  host: string;
  modelsDir: string;
  corpusDir: string;
  promptsDir: string;
  rulesDir: string;
  ingestCorpusOnStart: boolean;
  embeddingModel: string | null;
  generationModel: string | null;
  generationConcurrency: number;
  generationQueue: number;
  generationQueueTimeoutMs: number;
  generationTimeoutMs: number;
  defaultGenerationTokens: number;
  maxGenerationTokens: number;
  maxPromptChars: number;
  retrievalMode: 'auto' | 'lexical' | 'hybrid';
  denseWeight: number;
  fusion: 'score' | 'rrf';
  chunkSize: number;
  chunkOverlap: number;
  maxUploadBytes: number;
  maxJsonBytes: number;
  maxPdfPages: number;
  maxQueryChars: number;
  maxResults: number;
  /** Longest text (characters) summarize/simplify/draft accept, and the most read from a document. */
  maxTextChars: number;
  /** Map-reduce summaries use at most this many windows; longer texts are summarized from evenly spaced windows. */
  summaryMaxWindows: number;
  /** Chat turns (user + assistant pairs) sent to the model with a new message. */
  chatHistoryTurns: number;
  maxChatsPerUser: number;
  /** Research says "nothing found" when the best passage holds less than this share of the question's terms. */
  researchMinCoverage: number;
  /** Personal data replaced by placeholders before any model call (see docs/PRIVACY.md). */
  pseudonymization: PseudonymizationSettings;
  /** Ed25519 signing key for audit checkpoints; null = `audit-signing-key.pem` in the data dir, created at first start. */
  auditSigningKeyFile: string | null;
  /** A signed audit checkpoint after this many records (plus one at shutdown). */
  auditCheckpointInterval: number;
  /** Audit records older than this are pruned at start (0 = keep forever). */
  auditRetentionDays: number;
  /** Keep (caller-pseudonymised) prompt and answer text beside audit records. */
  auditStoreContent: boolean;
  /** False only for measurements (bench:trust): API calls are then not audited; logged as a warning at start. */
  auditEnabled: boolean;
  auditContentRetentionDays: number;
  adminToken: string | null;
  /** Longest lifetime of a personal API token, in days. */
  tokenMaxDays: number;
  /** OIDC bearer tokens (e.g. Keycloak); null when LLMOIN_OIDC_ISSUER is unset. */
  oidc: OidcConfig | null;
  /** Web UI, Office add-in and CORS allowlist. */
  web: WebConfig;
  /** Rate limits, security headers, trusted proxies and HTTP timeouts. */
  security: SecurityConfig;
  logLevel: Environment['LLMOIN_LOG_LEVEL'];
}

export function toConfig(environment: Environment, workingDirectory: string): Config {
  const resolve = (value: string) => path.resolve(workingDirectory, value);
  return {
    dataDir: resolve(environment.LLMOIN_DATA_DIR),
    port: environment.LLMOIN_PORT,
    host: environment.LLMOIN_HOST,
    modelsDir: resolve(environment.LLMOIN_MODELS_DIR),
    corpusDir: resolve(environment.LLMOIN_CORPUS_DIR),
    promptsDir: resolve(environment.LLMOIN_PROMPTS_DIR),
    rulesDir: resolve(environment.LLMOIN_RULES_DIR),
    ingestCorpusOnStart: environment.LLMOIN_INGEST_CORPUS_ON_START,
    embeddingModel: environment.LLMOIN_EMBEDDING_MODEL.trim() || null,
    generationModel: environment.LLMOIN_GENERATION_MODEL.trim() || null,
    generationConcurrency: environment.LLMOIN_GENERATION_CONCURRENCY,
    generationQueue: environment.LLMOIN_GENERATION_QUEUE,
    generationQueueTimeoutMs: environment.LLMOIN_GENERATION_QUEUE_TIMEOUT_MS,
    generationTimeoutMs: environment.LLMOIN_GENERATION_TIMEOUT_MS,
    defaultGenerationTokens: environment.LLMOIN_DEFAULT_GENERATION_TOKENS,
    maxGenerationTokens: environment.LLMOIN_MAX_GENERATION_TOKENS,
    maxPromptChars: environment.LLMOIN_MAX_PROMPT_CHARS,
    retrievalMode: environment.LLMOIN_RETRIEVAL_MODE,
    denseWeight: environment.LLMOIN_DENSE_WEIGHT,
    fusion: environment.LLMOIN_FUSION,
    chunkSize: environment.LLMOIN_CHUNK_SIZE,
    chunkOverlap: environment.LLMOIN_CHUNK_OVERLAP,
    maxUploadBytes: environment.LLMOIN_MAX_UPLOAD_BYTES,
    maxJsonBytes: environment.LLMOIN_MAX_JSON_BYTES,
    maxPdfPages: environment.LLMOIN_MAX_PDF_PAGES,
    maxQueryChars: environment.LLMOIN_MAX_QUERY_CHARS,
    maxResults: environment.LLMOIN_MAX_RESULTS,
    maxTextChars: environment.LLMOIN_MAX_TEXT_CHARS,
    summaryMaxWindows: environment.LLMOIN_SUMMARY_MAX_WINDOWS,
    chatHistoryTurns: environment.LLMOIN_CHAT_HISTORY_TURNS,
    maxChatsPerUser: environment.LLMOIN_MAX_CHATS_PER_USER,
    researchMinCoverage: environment.LLMOIN_RESEARCH_MIN_COVERAGE,
    pseudonymization: {
      enabled: environment.LLMOIN_PSEUDONYMIZE,
      types: environment.LLMOIN_PSEUDONYMIZE_TYPES,
      caseReferencePatterns: environment.LLMOIN_AKTENZEICHEN_PATTERNS,
      allowlist: environment.LLMOIN_PSEUDONYMIZE_ALLOWLIST,
    },
    auditSigningKeyFile: environment.LLMOIN_AUDIT_SIGNING_KEY_FILE ? resolve(environment.LLMOIN_AUDIT_SIGNING_KEY_FILE) : null,
    auditCheckpointInterval: environment.LLMOIN_AUDIT_CHECKPOINT_INTERVAL,
    auditRetentionDays: environment.LLMOIN_AUDIT_RETENTION_DAYS,
    auditStoreContent: environment.LLMOIN_AUDIT_STORE_CONTENT,
    auditEnabled: environment.LLMOIN_AUDIT_ENABLED,
    auditContentRetentionDays: environment.LLMOIN_AUDIT_CONTENT_RETENTION_DAYS,
    adminToken: environment.LLMOIN_ADMIN_TOKEN ?? null,
    tokenMaxDays: environment.LLMOIN_TOKEN_MAX_DAYS,
    oidc: toOidcConfig(environment, resolve),
    web: toWebConfig(environment, resolve),
    security: toSecurityConfig(environment),
    logLevel: environment.LLMOIN_LOG_LEVEL,
  };
}
