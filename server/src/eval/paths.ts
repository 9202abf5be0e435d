import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readVariable } from '../config';

/**
 * The repository root: the nearest folder above this file (else above the working directory) whose
 * package.json is LLMoin's. Works from the sources (server/src/eval) and the build (dist/eval).
 */
export function repoRoot(from: string = __dirname): string {
  return findRoot(from) ?? findRoot(process.cwd()) ?? fail(from);
}

function fail(from: string): never {
  throw new Error(`Could not find the LLMoin repository root above ${from} or the working directory`);
}

function findRoot(from: string): string | null {
  let dir = path.resolve(from);
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'llmoin') return dir;
      } catch {
        // not our manifest; keep looking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Folder with the shared evaluation data: LLMOIN_SHARED_DATA_DIR, else `../shared/data` next to
 * the repository root. Shared by the evaluation CLI and the tests (server/test/shared-data.ts).
 */
export function sharedDataDir(environment?: NodeJS.ProcessEnv): string {
  const override = readVariable('LLMOIN_SHARED_DATA_DIR', environment);
  return override !== null ? path.resolve(override) : path.resolve(repoRoot(), '../shared/data');
}

/** Thrown when the evaluation data is not where it should be. */
export class MissingDataError extends Error {
  constructor(readonly target: string) {
    super(
      `Evaluation data missing at ${target}. The QA sets live in ../shared/data next to the repository ` +
        '(qa/xquad_de, qa/mlqa_de, qa/legalquad, qa/buergerbot24_synthetic, admin_corpus/amt24_sachsen); ' +
        'set LLMOIN_SHARED_DATA_DIR to use another location.',
    );
    this.name = 'MissingDataError';
  }
}

/** Absolute path of `subpath` inside the shared data folder; throws MissingDataError when absent. */
export function requireSharedData(subpath: string, environment?: NodeJS.ProcessEnv): string {
  const target = path.join(sharedDataDir(environment), subpath);
  if (!existsSync(target)) throw new MissingDataError(target);
  return target;
}
