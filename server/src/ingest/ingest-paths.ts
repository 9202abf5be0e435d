import fs from 'node:fs';
import path from 'node:path';
import { ingestDocument, type IngestContext, type IngestOutcome } from './ingest-document';

export interface IngestSummary {
  files: number;
  ingested: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  rejected: Array<{ source: string; reason: string; detail: string }>;
  pages: number;
  chunks: number;
  milliseconds: number;
}

export interface IngestPathsOptions {
  collection: string;
  /** Sources are stored relative to this folder so the same corpus ingests identically anywhere. */
  root?: string;
  onProgress?: (event: { done: number; total: number; source: string; outcome: IngestOutcome['status'] }) => void;
  /** Called after each batch of files so derived indexes (vectors) catch up. */
  afterBatch?: () => Promise<void>;
  batchSize?: number;
}

const SKIPPED_NAMES = /^(\.|README\.md$|MANIFEST\.md$|LICENSE)/i;

/** Expands files and folders (recursively) into a sorted file list; hidden files and READMEs are skipped. */
export function listIngestibleFiles(paths: string[]): string[] {
  const files: string[] = [];
  const visit = (entry: string) => {
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(entry).sort()) if (!SKIPPED_NAMES.test(name)) visit(path.join(entry, name));
    } else if (stat.isFile()) files.push(entry);
  };
  for (const entry of paths) {
    if (!fs.existsSync(entry)) throw new Error(`No such file or folder: ${entry}`);
    visit(path.resolve(entry));
  }
  return files;
}

/** Ingests many files, one transaction each, with progress and a summary. */
export async function ingestPaths(context: IngestContext, paths: string[], options: IngestPathsOptions): Promise<IngestSummary> {
  const started = Date.now();
  const files = listIngestibleFiles(paths);
  const summary: IngestSummary = { files: files.length, ingested: 0, updated: 0, unchanged: 0, duplicates: 0, rejected: [], pages: 0, chunks: 0, milliseconds: 0 };
  const batchSize = options.batchSize ?? 25;
  for (const [index, file] of files.entries()) {
    const source = options.root ? path.relative(options.root, file) : path.basename(file);
    const outcome = await ingestDocument(context, {
      bytes: fs.readFileSync(file), fileName: path.basename(file), source, collection: options.collection, owner: null,
    });
    tally(summary, outcome);
    options.onProgress?.({ done: index + 1, total: files.length, source, outcome: outcome.status });
    if (options.afterBatch && (index + 1) % batchSize === 0) await options.afterBatch();
  }
  if (options.afterBatch) await options.afterBatch();
  summary.milliseconds = Date.now() - started;
  return summary;
}

function tally(summary: IngestSummary, outcome: IngestOutcome): void {
  switch (outcome.status) {
    case 'rejected':
      summary.rejected.push({ source: outcome.source, reason: outcome.reason, detail: outcome.detail });
      return;
    case 'duplicate':
      summary.duplicates += 1;
      return;
    case 'unchanged':
      summary.unchanged += 1;
      return;
    default:
      summary[outcome.status] += 1;
      summary.pages += outcome.document.pageCount;
      summary.chunks += outcome.chunkCount;
  }
}
