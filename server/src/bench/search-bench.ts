import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { buildService } from '../dependencies';
import { createLogger } from '../platform/logger';
import { DEFAULT_LEXICAL_WEIGHTS, retrieveChunks } from '../retrieval';
import { percentile, timeMs } from './statistics';

/**
 * `npm run bench:search`: ingest all federal laws, then time our search against the raw engines
 * it wraps (the bare FTS5 statement, the bare hnswlib query), interleaved in the same run.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      laws: { type: 'string', default: path.resolve(__dirname, '../../../shared/data/gesetze') },
      queries: { type: 'string', default: '300' },
      'embedding-model': { type: 'string', default: 'test-encoder' },
      'keep-data': { type: 'string' },
    },
  });
  const lawDir = values.laws as string;
  if (!fs.existsSync(lawDir)) throw new Error(`Law corpus missing at ${lawDir} (needs ../shared/data/gesetze)`);
  const dataDir = values['keep-data'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-bench-'));
  const config = loadConfig({
    LLMOIN_DATA_DIR: dataDir, LLMOIN_EMBEDDING_MODEL: values['embedding-model'] as string,
    LLMOIN_MODELS_DIR: path.resolve(__dirname, '../../models'), LLMOIN_LOG_LEVEL: 'silent',
  });
  const service = await buildService(config, createLogger('silent'));
  const bar = new SingleBar({ format: 'Ingest |{bar}| {value}/{total} {source}', stream: process.stderr }, Presets.shades_classic);
  bar.start(1, 0, { source: '' });
  const summary = await service.deps.library.ingestPaths([lawDir], {
    collection: 'gesetze', root: lawDir,
    onProgress: ({ done, total, source }) => {
      bar.setTotal(total);
      bar.update(done, { source });
    },
  });
  bar.stop();
  service.database.pragma('wal_checkpoint(TRUNCATE)');
  const retriever = service.deps.retriever;
  const dense = retriever.dense;
  const databaseBytes = fs.statSync(path.join(dataDir, 'llmoin.db')).size;

  const queries = sampleQueries(service.database, Number(values.queries));
  const ours: number[] = [];
  const ftsRaw: number[] = [];
  const embedRaw: number[] = [];
  const hnswRaw: number[] = [];
  const { title, section, body } = DEFAULT_LEXICAL_WEIGHTS;
  const ftsStatement = service.database.prepare(
    `SELECT rowid, bm25(chunk_terms, ${title}, ${section}, ${body}) AS rank FROM chunk_terms WHERE chunk_terms MATCH ? ORDER BY rank LIMIT 50`,
  );
  // Warm-up so that the first queries do not pay for lazy initialisation.
  for (const query of queries.slice(0, 20)) await retrieveChunks(retriever, { query, k: 10, filter: { visibleTo: 'bench-clerk' } });
  for (const query of queries) {
    ours.push((await timeMs(() => retrieveChunks(retriever, { query, k: 10, filter: { visibleTo: 'bench-clerk' } }))).ms);
    const expression = retriever.lexicalIndex.toMatchExpression(query);
    ftsRaw.push(expression ? (await timeMs(() => ftsStatement.all(expression))).ms : 0);
    if (dense) {
      const embedded = await timeMs(() => dense.model.embedQuery(query));
      embedRaw.push(embedded.ms);
      hnswRaw.push((await timeMs(() => dense.index.search(embedded.value, 50))).ms);
    }
  }
  const row = (name: string, sample: number[]) => `| ${name} | ${percentile(sample, 50).toFixed(2)} | ${percentile(sample, 95).toFixed(2)} |`;
  const sum = (...samples: number[][]) => samples[0]?.map((_, i) => samples.reduce((total, sample) => total + (sample[i] ?? 0), 0)) ?? [];
  const baseline = dense ? sum(ftsRaw, embedRaw, hnswRaw) : ftsRaw;
  const lines = [
    `Laws: ${summary.files} files, ${summary.ingested} ingested, ${summary.rejected.length} rejected; ${summary.chunks} chunks; ingest ${(summary.milliseconds / 1000).toFixed(1)} s`,
    `SQLite file (text, chunks, FTS5 terms): ${(databaseBytes / 1048576).toFixed(1)} MiB; HNSW index: ${dense ? (dense.index.fileBytes() / 1048576).toFixed(1) : '0'} MiB (${dense ? `${dense.model.modelId}, ${dense.model.dimensions} dims` : 'no embedding model'})`,
    `Search mode: ${dense ? 'hybrid' : 'lexical'}; ${queries.length} queries, k=10, 50 candidates per ranker`,
    '',
    '| measurement | p50 ms | p95 ms |',
    '|---|---:|---:|',
    row('our retrieveChunks (analysis, rankers, fusion, passages)', ours),
    row('raw FTS5 bm25 statement', ftsRaw),
    ...(dense ? [row('raw query embedding (transformers.js)', embedRaw), row('raw hnswlib searchKnn', hnswRaw)] : []),
    row(dense ? 'sum of raw FTS5 + embedding + hnswlib' : 'raw FTS5 (baseline)', baseline),
    '',
    `Ratio ours / raw sum: p50 ${(percentile(ours, 50) / percentile(baseline, 50)).toFixed(2)}×, p95 ${(percentile(ours, 95) / percentile(baseline, 95)).toFixed(2)}× (goal ≤ 1.2×)`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  await service.close();
  if (!values['keep-data']) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** Deterministic queries: headings and opening words of evenly spaced chunks, as a clerk might type them. */
function sampleQueries(database: import('../platform/db').Database, count: number): string[] {
  const rows = database.prepare('SELECT heading, text FROM chunks ORDER BY id').all() as Array<{ heading: string | null; text: string }>;
  const step = Math.max(1, Math.floor(rows.length / count));
  const queries: string[] = [];
  for (let i = 0; i < rows.length && queries.length < count; i += step) {
    const row = rows[i];
    if (!row) continue;
    const words = row.text.replace(/[#§()\d.,;:]/g, ' ').split(/\s+/).filter((word) => word.length > 3);
    queries.push(`${(row.heading ?? '').replace(/^[§\d\s a-z]*/, '')} ${words.slice(3, 8).join(' ')}`.trim());
  }
  return queries;
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
