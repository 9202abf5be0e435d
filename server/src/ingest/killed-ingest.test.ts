import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../platform/db';
import { requireSharedData } from '../../test/shared-data';
import { createTestService, REPO_ROOT } from '../../test/test-service';

const CLI = path.join(REPO_ROOT, 'dist/cli/ingest-command.js');

/** DB invariants that must hold after any crash: complete documents only, terms for every chunk. */
function expectConsistent(database: Database): { documents: number; chunks: number } {
  expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  const documents = database.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  const chunks = database.prepare('SELECT count(*) FROM chunks').pluck().get() as number;
  const withoutChunks = database.prepare('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM chunks c WHERE c.document_id = d.id)').pluck().get();
  const withoutPages = database.prepare('SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_pages p WHERE p.document_id = d.id)').pluck().get();
  const terms = database.prepare('SELECT count(*) FROM chunk_terms').pluck().get() as number;
  expect(withoutChunks).toBe(0);
  expect(withoutPages).toBe(0);
  expect(terms).toBe(chunks);
  return { documents, chunks };
}

describe('an ingest killed mid-way', () => {
  it('leaves database and vector index consistent after restart', async () => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
    const lawDir = requireSharedData('gesetze');
    // Small laws (20–60 kB) keep the run short while giving the kill many transactions to land in.
    const laws = fs.readdirSync(lawDir)
      .filter((name) => name.endsWith('.md') && name !== 'MANIFEST.md')
      .filter((name) => { const size = fs.statSync(path.join(lawDir, name)).size; return size > 20_000 && size < 60_000; })
      .sort().slice(0, 16);
    expect(laws).toHaveLength(16);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-kill-'));
    const environment = { LLMOIN_DATA_DIR: dataDir, LLMOIN_EMBEDDING_MODEL: 'test-encoder', LLMOIN_MODELS_DIR: path.join(REPO_ROOT, 'models') };
    try {
      const child = spawn(process.execPath, [CLI, ...laws.map((name) => path.join(lawDir, name))], {
        env: { ...process.env, ...environment, LLMOIN_LOG_LEVEL: 'silent' }, stdio: 'ignore',
      });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      const database = await waitForDatabase(path.join(dataDir, 'llmoin.db'));
      await waitUntil(() => (database.prepare('SELECT count(*) FROM documents').pluck().get() as number) >= 3, 60_000);
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      const afterKill = expectConsistent(database);
      expect(afterKill.documents).toBeLessThan(laws.length);
      database.close();

      // Restart: start-up repairs the vector index from the database.
      const restarted = await createTestService(environment);
      try {
        const status = restarted.service.deps.status();
        expect(status.retrieval.mode).toBe('hybrid');
        expect(status.retrieval.dense?.vectors).toBe(status.counts.chunks);
        // Finishing the ingest skips what was complete and adds the rest.
        const summary = await restarted.service.deps.library.ingestPaths(laws.map((name) => path.join(lawDir, name)), { collection: 'corpus' });
        expect(summary.unchanged).toBe(afterKill.documents);
        expect(summary.ingested + summary.unchanged).toBe(laws.length);
        const final = expectConsistent(restarted.service.database);
        expect(final.documents).toBe(laws.length);
        expect(restarted.service.deps.status().retrieval.dense?.vectors).toBe(final.chunks);
      } finally {
        await restarted.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);
});

async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting for the ingest to make progress');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitForDatabase(file: string): Promise<Database> {
  await waitUntil(() => fs.existsSync(file), 60_000);
  // The child applies migrations first; retry until the schema is there.
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      return openDatabase({ file });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
