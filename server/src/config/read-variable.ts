/**
 * Variables named indirectly (the model registry's `apiKeyEnv`) or read by tools outside the
 * service's schema (LLMOIN_SHARED_DATA_DIR for tests and evaluation) are read here, so that
 * config/ stays the only reader of process.env. Returns null when unset or empty.
 */
export function readVariable(name: string, environment: NodeJS.ProcessEnv = process.env): string | null {
  const value = environment[name];
  return value === undefined || value === '' ? null : value;
}

/** A secret such as an upstream API key, by the name of the variable holding it. */
export const readSecret = readVariable;
