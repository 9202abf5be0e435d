import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { directGenerate, loadDirectGenerator, workerGenerate, type GenerationSample } from '../bench/generation-paths';
import { interleave } from '../bench/interleave';
import type { TextGenerationModel } from '../inference';
import { openDatabase, type Database } from '../platform/db';

/**
 * The raw-engine baselines of the performance suite that the benches do not already have:
 * a bare FTS5 bulk insert of the chunks the service produced, and the interleaved generation
 * rounds (raw transformers.js vs LocalGenerationModel, code shared with bench:generation).
 */

export interface RawIngest {
  chunks: number;
  seconds: number;
}

/**
 * Inserts the service's chunk texts (title, section label, body) into a bare FTS5 table with its
 * default tokenizer, in one transaction, in a fresh SQLite file with the service's pragmas: what
 * the storage engine alone costs for the same text, without extraction, chunking or our analyzer.
 */
export function rawFts5Ingest(source: Database): RawIngest {
  const rows = source.prepare('SELECT d.title AS title, c.section AS section, c.text AS text FROM chunks c JOIN documents d ON d.id = c.document_id ORDER BY c.id')
    .all() as Array<{ title: string; section: string | null; text: string }>;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-raw-fts5-'));
  const target = openDatabase({ file: path.join(folder, 'raw.db'), migrations: [] });
  try {
    target.exec('CREATE VIRTUAL TABLE raw_chunks USING fts5(title, section, body)');
    const insert = target.prepare('INSERT INTO raw_chunks (title, section, body) VALUES (?, ?, ?)');
    const started = performance.now();
    target.transaction(() => {
      for (const row of rows) insert.run(row.title, row.section ?? '', row.text);
    })();
    return { chunks: rows.length, seconds: (performance.now() - started) / 1000 };
  } finally {
    target.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

export interface GenerationComparison {
  tokens: number;
  rounds: number;
  direct: GenerationSample[];
  worker: GenerationSample[];
  /** Raw path: chat template + tokenisation before generate(), ms per measured round (its TTFT starts after them). */
  directPrepMs: number[];
  /** Main-thread busy share per call (0..1). */
  directBusy: number[];
  workerBusy: number[];
  sameText: boolean;
}

/**
 * Rounds of raw transformers.js generate() and the service's LocalGenerationModel, interleaved with
 * the order rotated every round, after `warmups` unmeasured rounds.
 */
export async function compareGeneration(
  served: TextGenerationModel, modelsDir: string, options: { tokens: number; rounds: number; warmups: number; onRound?: (round: number) => void },
): Promise<GenerationComparison> {
  const { tokenizer, model } = await loadDirectGenerator(modelsDir, served.modelId);
  const prep: number[] = [];
  try {
    const [direct = [], worker = []] = await interleave<GenerationSample>(
      [
        { name: 'direct', run: () => directGenerate(tokenizer, model, options.tokens, (ms) => prep.push(ms)) },
        { name: 'worker', run: () => workerGenerate(served, options.tokens) },
      ],
      { rounds: options.rounds, warmups: options.warmups, pauseMs: 30, ...(options.onRound ? { onRound: (round: number) => options.onRound?.(round) } : {}) },
    );
    const all = [...direct, ...worker].map((measured) => measured.value);
    return {
      tokens: options.tokens, rounds: options.rounds,
      direct: direct.map((measured) => measured.value), worker: worker.map((measured) => measured.value), directPrepMs: prep.slice(options.warmups),
      directBusy: direct.map((measured) => measured.mainThreadBusy), workerBusy: worker.map((measured) => measured.mainThreadBusy),
      sameText: all.every((sample) => sample.text === all[0]?.text),
    };
  } finally {
    await model.dispose();
  }
}
