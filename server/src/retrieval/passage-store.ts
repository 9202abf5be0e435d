import type { Database } from '../platform/db';

/** A retrieved passage with its exact place: `quote === document.text.slice(start, end)`. */
export interface Passage {
  chunkId: number;
  documentId: string;
  title: string;
  source: string;
  collection: string;
  section: string | null;
  heading: string | null;
  page: number;
  quote: string;
  start: number;
  end: number;
  score: number;
}

type PassageRow = Omit<Passage, 'score'>;

/** Loads passages for ranked chunk ids, preserving the ranking order. */
export function loadPassages(database: Database, ranked: Array<{ chunkId: number; score: number }>): Passage[] {
  if (ranked.length === 0) return [];
  const rows = database
    .prepare(
      `SELECT c.id AS chunkId, c.document_id AS documentId, d.title, d.source, d.collection, c.section, c.heading,
              c.page, c.text AS quote, c.start_offset AS start, c.end_offset AS end
         FROM chunks c JOIN documents d ON d.id = c.document_id
        WHERE c.id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(ranked.map((hit) => hit.chunkId))) as PassageRow[];
  const byId = new Map(rows.map((row) => [row.chunkId, row]));
  return ranked.flatMap(({ chunkId, score }) => {
    const row = byId.get(chunkId);
    return row ? [{ ...row, score }] : [];
  });
}
