import { createHash, randomUUID } from 'node:crypto';
import type { LexicalIndex } from '../retrieval';
import { abbreviationFromTitle, chunkDocument, readFrontMatter, type ChunkingOptions } from './chunking';
import type { DocumentRecord, DocumentStore } from './document-store';
import { ExtractionError, extractDocument, type ExtractedDocument, type ExtractionFailureReason } from './extraction';

export interface IngestContext {
  store: DocumentStore;
  lexicalIndex: LexicalIndex;
  chunking: ChunkingOptions;
  maxPdfPages: number;
  now?: () => Date;
  newId?: () => string;
}

export interface IngestInput {
  bytes: Uint8Array;
  fileName: string;
  /** Stable name of the origin (relative path or upload name); re-ingesting it replaces the document. */
  source: string;
  collection: string;
  /** The uploading user for private uploads; null for the shared corpus. */
  owner: string | null;
}

export type IngestOutcome =
  | { status: 'ingested' | 'updated'; document: DocumentRecord; chunkCount: number }
  | { status: 'unchanged' | 'duplicate'; document: DocumentRecord; chunkCount: number }
  | { status: 'rejected'; source: string; reason: ExtractionFailureReason; detail: string };

/**
 * Extract → chunk → write document, pages, chunks and lexical terms in one transaction, so a
 * crash leaves either the old or the new version, never a mix. Dense vectors are derived data
 * and are brought in line afterwards by syncVectorIndex.
 */
export async function ingestDocument(context: IngestContext, input: IngestInput): Promise<IngestOutcome> {
  const { store } = context;
  const now = (context.now ?? (() => new Date()))().toISOString();
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const existing = store.findBySource(input.collection, input.owner, input.source);
  if (existing?.sha256 === sha256) return { status: 'unchanged', document: existing, chunkCount: store.chunkCount(existing.id) };
  const twin = existing ? null : store.findByHash(input.collection, input.owner, sha256);
  if (twin) return { status: 'duplicate', document: twin, chunkCount: store.chunkCount(twin.id) };

  let extracted: ExtractedDocument;
  try {
    extracted = await extractDocument({ bytes: input.bytes, fileName: input.fileName, maxPages: context.maxPdfPages });
  } catch (error) {
    if (!(error instanceof ExtractionError)) throw error;
    store.recordRejection({ source: input.source, collection: input.collection, owner: input.owner, reason: error.reason, detail: error.detail, rejectedAt: now });
    return { status: 'rejected', source: input.source, reason: error.reason, detail: error.detail };
  }

  const frontMatter = readFrontMatter(extracted.text);
  const title = frontMatter.fields.title || extracted.title || input.fileName;
  const law = frontMatter.fields.jurabk || abbreviationFromTitle(title) || null;
  const chunks = await chunkDocument(
    { text: extracted.text, pages: extracted.pages, bodyStart: frontMatter.bodyStart, lawAbbreviation: law, numberedHeadings: extracted.mediaType === 'text/plain',
      markdownHeadingsOnly: extracted.mediaType === 'text/markdown' },
    context.chunking,
  );
  const document: DocumentRecord = {
    id: existing?.id ?? (context.newId ?? randomUUID)(),
    title, source: input.source, mediaType: extracted.mediaType, sha256, collection: input.collection, owner: input.owner,
    ingestedAt: existing?.ingestedAt ?? now, updatedAt: now, pageCount: extracted.pages.length,
    charCount: extracted.text.length, metadata: law ? { law } : {},
  };

  const database = store.database;
  const insertChunk = database.prepare(
    `INSERT INTO chunks (document_id, ordinal, text, page, section, heading, start_offset, end_offset)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertPage = database.prepare('INSERT INTO document_pages (document_id, number, start_offset, end_offset) VALUES (?, ?, ?, ?)');
  database.transaction(() => {
    if (existing) removeDocumentRows(store, context.lexicalIndex, existing.id);
    database
      .prepare(
        `INSERT INTO documents (id, title, source, media_type, sha256, collection, owner, ingested_at, updated_at, page_count, char_count, metadata, text)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(document.id, document.title, document.source, document.mediaType, sha256, document.collection, document.owner,
        document.ingestedAt, document.updatedAt, document.pageCount, document.charCount, JSON.stringify(document.metadata), extracted.text);
    for (const page of extracted.pages) insertPage.run(document.id, page.number, page.start, page.end);
    const indexable = chunks.map((chunk) => {
      const result = insertChunk.run(document.id, chunk.ordinal, chunk.text, chunk.page, chunk.section, chunk.heading, chunk.start, chunk.end);
      return { id: Number(result.lastInsertRowid), documentTitle: title, law, section: chunk.section, heading: chunk.heading, text: chunk.text };
    });
    context.lexicalIndex.addChunks(indexable);
  })();
  return { status: existing ? 'updated' : 'ingested', document, chunkCount: chunks.length };
}

/** Removes a document with its pages, chunks and lexical terms; returns the removed chunk ids. */
export function removeDocumentRows(store: DocumentStore, lexicalIndex: LexicalIndex, documentId: string): number[] {
  const chunkIds = store.chunkIds(documentId);
  lexicalIndex.removeChunks(chunkIds);
  store.database.prepare('DELETE FROM documents WHERE id = ?').run(documentId);
  return chunkIds;
}
