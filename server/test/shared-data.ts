import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Folder with the shared, large test data (real PDFs, corpora). It lives next to the repository
 * (`../shared/data`) and is not committed; LLMOIN_SHARED_DATA_DIR overrides the location.
 */
export function sharedDataDir(): string {
  const override = process.env['LLMOIN_SHARED_DATA_DIR'];
  return override !== undefined && override !== '' ? path.resolve(override) : path.resolve(__dirname, '../../../shared/data');
}

/**
 * Absolute path of `subpath` inside the shared data folder.
 * Throws instead of letting tests skip silently when the data is not there.
 */
export function requireSharedData(subpath: string): string {
  const target = path.join(sharedDataDir(), subpath);
  if (!existsSync(target)) {
    throw new Error(`Shared test data missing at ${target}: these tests need ../shared/data (see README)`);
  }
  return target;
}
