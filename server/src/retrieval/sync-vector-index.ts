import type { EmbeddingModel } from '../inference';
import type { Database } from '../platform/db';
import type { VectorIndex } from './vector-index';

export interface SyncReport {
  added: number;
  removed: number;
}

const EMBED_BATCH = 64;

/** Text embedded for a chunk: its place (title, section) gives the vector its topic. */
export function embeddingText(chunk: { title: string; section: string | null; heading: string | null; text: string }): string {
  return [chunk.title, chunk.heading ?? chunk.section ?? '', chunk.text].filter(Boolean).join('\n');
}

/**
 * Makes the vector index match the database (the source of truth): embeds chunks it lacks and
 * drops ids whose chunks are gone. Runs at start (crash repair) and after every ingest; callers
 * that change documents often pass `save: false` and save on a timer (the index is derived data,
 * so an unsaved change is repaired by the next start).
 */
export async function syncVectorIndex(
  database: Database,
  index: VectorIndex,
  model: EmbeddingModel,
  options: { onProgress?: (done: number, total: number) => void; save?: boolean } = {},
): Promise<SyncReport> {
  const { onProgress, save = true } = options;
  const chunkIds = new Set(database.prepare('SELECT id FROM chunks').pluck().all() as number[]);
  const stale = [...index.liveIds()].filter((id) => !chunkIds.has(id));
  index.remove(stale);
  const missing = [...chunkIds].filter((id) => !index.liveIds().has(id));
  const select = database.prepare(
    `SELECT c.id, d.title, c.section, c.heading, c.text FROM chunks c JOIN documents d ON d.id = c.document_id
      WHERE c.id IN (SELECT value FROM json_each(?))`,
  );
  for (let i = 0; i < missing.length; i += EMBED_BATCH) {
    const rows = select.all(JSON.stringify(missing.slice(i, i + EMBED_BATCH))) as Array<{
      id: number; title: string; section: string | null; heading: string | null; text: string;
    }>;
    const vectors = await model.embedDocuments(rows.map(embeddingText));
    index.add(rows.map((row, j) => ({ chunkId: row.id, vector: vectors[j] ?? [] })));
    onProgress?.(Math.min(i + EMBED_BATCH, missing.length), missing.length);
  }
  if (save && (stale.length || missing.length)) index.save();
  return { added: missing.length, removed: stale.length };
}
