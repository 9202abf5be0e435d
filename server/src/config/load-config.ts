import { environmentSchema, toConfig, type Config } from './config-schema';

/** Raised at start when the environment is invalid; lists every problem at once. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/**
 * The single reader of process.env. Empty strings count as unset so that `VAR=` in a
 * deployment file falls back to the documented default instead of failing.
 */
export function loadConfig(
  environment: NodeJS.ProcessEnv = process.env,
  workingDirectory: string = process.cwd(),
): Config {
  const relevant = Object.fromEntries(
    Object.entries(environment).filter(([key, value]) => key.startsWith('LLMOIN_') && value !== ''),
  );
  const parsed = environmentSchema.safeParse(relevant);
  if (!parsed.success) {
    throw new ConfigurationError(
      parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`),
    );
  }
  const config = toConfig(parsed.data, workingDirectory);
  if (config.chunkOverlap >= config.chunkSize) {
    throw new ConfigurationError(['LLMOIN_CHUNK_OVERLAP: must be smaller than LLMOIN_CHUNK_SIZE']);
  }
  return config;
}
