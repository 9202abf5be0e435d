import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { loadConfig } from '../config';
import { buildService } from '../dependencies';
import { createLogger } from '../platform/logger';
import { measureSearchLatency, rawBaseline, sampleSearchQueries } from './search-timing';
import { percentile } from './statistics';

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

  const queries = sampleSearchQueries(service.database, Number(values.queries));
  const { ours, ftsRaw, embedRaw, hnswRaw } = await measureSearchLatency(retriever, service.database, queries);
  const row = (name: string, sample: number[]) => `| ${name} | ${percentile(sample, 50).toFixed(2)} | ${percentile(sample, 95).toFixed(2)} |`;
  const baseline = rawBaseline({ ours, ftsRaw, embedRaw, hnswRaw });
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

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
