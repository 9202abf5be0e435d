import { existsSync } from 'node:fs';
import path from 'node:path';
import { sharedDataDir } from '../src/eval/paths';

export { sharedDataDir };

/**
 * Absolute path of `subpath` inside the shared data folder (`../shared/data`, or
 * LLMOIN_SHARED_DATA_DIR). Throws instead of letting tests skip silently when the data is not there.
 */
export function requireSharedData(subpath: string): string {
  const target = path.join(sharedDataDir(), subpath);
  if (!existsSync(target)) {
    throw new Error(`Shared test data missing at ${target}: these tests need ../shared/data (see README)`);
  }
  return target;
}
