import { labelHeading } from '../ingest/chunking';
import type { Database } from '../platform/db';
import type { BaselinePassage } from './datasets';

/** Where a Markdown heading starts and the label the service gives it (`§ 70 VwGO`, `Art. 19 GG`, or the heading text). */
export interface SectionMark {
  start: number;
  label: string;
}

const MARKDOWN_HEADING = /^#{1,6}[ \t]+(.+?)[ \t#]*$/gm;

/**
 * The norms of a law file as its Markdown structure defines them. Only Markdown headings count:
 * every norm of the law files opens with one, while a wrapped body line such as "§ 31a hinzu."
 * also starts with a § and would otherwise be taken for a norm. Labels come from the service's
 * own `labelHeading`, so they compare equal to the chunk labels.
 */
export function markdownSections(text: string, law: string | null): SectionMark[] {
  return [...text.matchAll(MARKDOWN_HEADING)].map((match) => ({ start: match.index, label: labelHeading(match[1]!.trim(), law) }));
}

/** Label of the last heading at or before `offset`; null before the first heading. */
export function sectionAt(marks: readonly SectionMark[], offset: number): string | null {
  let low = 0;
  let high = marks.length - 1;
  let found: string | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const mark = marks[middle]!;
    if (mark.start <= offset) {
      found = mark.label;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** A stored chunk with the norm it lies in by the document's structure. */
export interface ServiceChunk {
  chunkId: number;
  /** Eval id of its document. */
  documentId: string;
  ordinal: number;
  title: string;
  law: string | null;
  /** The service's own section label (what a citation shows). */
  label: string | null;
  heading: string | null;
  text: string;
  /** The norm by Markdown structure: what section gold is judged against. */
  section: string | null;
}

/** Every chunk of an ingested eval service, in document and chunk order. */
export function readServiceChunks(database: Database, evalIdOf: ReadonlyMap<string, string>): ServiceChunk[] {
  const documents = database.prepare('SELECT id, title, metadata, text FROM documents ORDER BY id').all() as Array<{ id: string; title: string; metadata: string; text: string }>;
  const chunksOf = database.prepare(
    'SELECT id, ordinal, section, heading, text, start_offset AS start FROM chunks WHERE document_id = ? ORDER BY ordinal',
  );
  const result: ServiceChunk[] = [];
  for (const document of documents) {
    const law = (JSON.parse(document.metadata) as { law?: string }).law ?? null;
    const marks = markdownSections(document.text, law);
    const documentId = evalIdOf.get(document.id) ?? `?${document.id}`;
    const rows = chunksOf.all(document.id) as Array<{ id: number; ordinal: number; section: string | null; heading: string | null; text: string; start: number }>;
    for (const row of rows) {
      result.push({
        chunkId: row.id, documentId, ordinal: row.ordinal, title: document.title, law, label: row.section, heading: row.heading,
        text: row.text, section: sectionAt(marks, row.start),
      });
    }
  }
  return result.sort((a, b) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.ordinal - b.ordinal));
}

/**
 * The service's chunks as baseline passages, each with the fields the service indexes for it
 * (title and law, section label and heading, text), so both systems rank the same evidence.
 */
export function chunksAsBaselinePassages(chunks: readonly ServiceChunk[]): BaselinePassage[] {
  return chunks.map((chunk) => ({
    id: `${chunk.documentId}#${chunk.ordinal}`,
    text: [chunk.title, chunk.law, chunk.label, chunk.heading, chunk.text].filter((part) => part).join('\n'),
    document: chunk.documentId,
    section: chunk.section,
  }));
}

/** Chunks whose citation label names another norm than the one they lie in (wrapped lines read as headings). */
export function countMislabelled(chunks: readonly ServiceChunk[]): number {
  return chunks.filter((chunk) => chunk.section !== null && chunk.label !== chunk.section).length;
}
