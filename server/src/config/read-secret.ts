/**
 * Secrets named indirectly (the model registry's `apiKeyEnv`) are read here, so that config/
 * stays the only reader of process.env. Returns null when unset or empty.
 */
export function readSecret(name: string, environment: NodeJS.ProcessEnv = process.env): string | null {
  const value = environment[name];
  return value === undefined || value === '' ? null : value;
}
