import type { Database } from '../platform/db';
import { filterToSql, type RetrievalFilter } from '../retrieval';

export interface DocumentRecord {
  id: string;
  title: string;
  source: string;
  mediaType: string;
  sha256: string;
  collection: string;
  owner: string | null;
  ingestedAt: string;
  updatedAt: string;
  pageCount: number;
  charCount: number;
  metadata: DocumentMetadata;
  /** The group (department) a private upload is shared with; set after ingestion with `setShareGroup`. */
  shareGroup?: string | null;
}

export interface DocumentMetadata {
  /** Law abbreviation such as `VwVfG`, from front matter or title; used for § labels and filters. */
  law?: string;
}

export interface RejectedFile {
  id: number;
  source: string;
  collection: string;
  owner: string | null;
  reason: string;
  detail: string;
  rejectedAt: string;
}

interface DocumentRow {
  id: string; title: string; source: string; media_type: string; sha256: string; collection: string;
  owner: string | null; ingested_at: string; updated_at: string; page_count: number; char_count: number; metadata: string;
  share_group: string | null;
}

const COLUMNS = 'id, title, source, media_type, sha256, collection, owner, ingested_at, updated_at, page_count, char_count, metadata, share_group';

function toRecord(row: DocumentRow): DocumentRecord {
  return {
    id: row.id, title: row.title, source: row.source, mediaType: row.media_type, sha256: row.sha256,
    collection: row.collection, owner: row.owner, ingestedAt: row.ingested_at, updatedAt: row.updated_at,
    pageCount: row.page_count, charCount: row.char_count, metadata: parseMetadata(row.metadata), shareGroup: row.share_group,
  };
}

function parseMetadata(text: string): DocumentMetadata {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && 'law' in value && typeof value.law === 'string') return { law: value.law };
  } catch {
    // Metadata is written only by this module; an unreadable value is treated as empty.
  }
  return {};
}

/** SQL for documents, their pages and rejected files; chunk rows are written by ingestDocument. */
export class DocumentStore {
  constructor(readonly database: Database) {}

  findById(id: string): DocumentRecord | null {
    const row = this.database.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id) as DocumentRow | undefined;
    return row ? toRecord(row) : null;
  }

  findBySource(collection: string, owner: string | null, source: string): DocumentRecord | null {
    const row = this.database
      .prepare(`SELECT ${COLUMNS} FROM documents WHERE collection = ? AND ifnull(owner, '') = ifnull(?, '') AND source = ?`)
      .get(collection, owner, source) as DocumentRow | undefined;
    return row ? toRecord(row) : null;
  }

  findByHash(collection: string, owner: string | null, sha256: string): DocumentRecord | null {
    const row = this.database
      .prepare(`SELECT ${COLUMNS} FROM documents WHERE collection = ? AND ifnull(owner, '') = ifnull(?, '') AND sha256 = ?`)
      .get(collection, owner, sha256) as DocumentRow | undefined;
    return row ? toRecord(row) : null;
  }

  /** Documents the caller may see, with the same visibility rule as search (RetrievalFilter.visibleTo). */
  list(options: { visibleTo: RetrievalFilter['visibleTo']; collection?: string; limit: number; offset: number }): { total: number; documents: DocumentRecord[] } {
    const { sql, parameters } = filterToSql({ visibleTo: options.visibleTo, ...(options.collection ? { collections: [options.collection] } : {}) });
    const total = this.database.prepare(`SELECT count(*) FROM documents d WHERE ${sql}`).pluck().get(...parameters) as number;
    const rows = this.database
      .prepare(`SELECT ${COLUMNS} FROM documents d WHERE ${sql} ORDER BY title, id LIMIT ? OFFSET ?`)
      .all(...parameters, options.limit, options.offset) as DocumentRow[];
    return { total, documents: rows.map(toRecord) };
  }

  /** Shares a private upload with one group (its members may read it), or ends the sharing with null. */
  setShareGroup(id: string, group: string | null): void {
    this.database.prepare('UPDATE documents SET share_group = ? WHERE id = ?').run(group, id);
  }

  text(id: string): string | null {
    return (this.database.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as string | undefined) ?? null;
  }

  pages(id: string): Array<{ number: number; start: number; end: number }> {
    return this.database
      .prepare('SELECT number, start_offset AS start, end_offset AS end FROM document_pages WHERE document_id = ? ORDER BY number')
      .all(id) as Array<{ number: number; start: number; end: number }>;
  }

  chunkIds(documentId: string): number[] {
    return this.database.prepare('SELECT id FROM chunks WHERE document_id = ? ORDER BY ordinal').pluck().all(documentId) as number[];
  }

  chunkCount(documentId: string): number {
    return this.database.prepare('SELECT count(*) FROM chunks WHERE document_id = ?').pluck().get(documentId) as number;
  }

  recordRejection(file: Omit<RejectedFile, 'id'>): void {
    this.database
      .prepare('INSERT INTO rejected_files (source, collection, owner, reason, detail, rejected_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(file.source, file.collection, file.owner, file.reason, file.detail, file.rejectedAt);
  }

  /** Rejected files of the shared corpus and of the caller's own uploads (never of a group's). */
  rejections(visibleTo: RetrievalFilter['visibleTo'], limit = 100): RejectedFile[] {
    const subject = typeof visibleTo === 'object' && visibleTo !== null ? visibleTo.subject : visibleTo;
    const where = subject === undefined ? '' : subject === null ? 'WHERE owner IS NULL' : 'WHERE (owner IS NULL OR owner = ?)';
    const parameters = subject ? [subject] : [];
    return this.database
      .prepare(`SELECT id, source, collection, owner, reason, detail, rejected_at AS rejectedAt FROM rejected_files ${where} ORDER BY id DESC LIMIT ?`)
      .all(...parameters, limit) as RejectedFile[];
  }

  /** Everything one user uploaded (data-subject access and erasure). */
  ownedBy(subject: string): DocumentRecord[] {
    const rows = this.database.prepare(`SELECT ${COLUMNS} FROM documents d WHERE d.owner = ? ORDER BY d.ingested_at, d.id`).all(subject) as DocumentRow[];
    return rows.map(toRecord);
  }

  rejectionsOwnedBy(subject: string): RejectedFile[] {
    return this.database
      .prepare('SELECT id, source, collection, owner, reason, detail, rejected_at AS rejectedAt FROM rejected_files WHERE owner = ? ORDER BY id')
      .all(subject) as RejectedFile[];
  }

  deleteRejectionsOwnedBy(subject: string): number {
    return this.database.prepare('DELETE FROM rejected_files WHERE owner = ?').run(subject).changes;
  }

  counts(): { documents: number; chunks: number; pages: number; rejected: number } {
    const count = (table: string) => this.database.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    return { documents: count('documents'), chunks: count('chunks'), pages: count('document_pages'), rejected: count('rejected_files') };
  }
}
