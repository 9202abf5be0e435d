import type { Database, Statement } from '../../platform/db';

/** A document that carries a law abbreviation (front matter `jurabk`, or "(VwVfG)" in its title). */
export interface LawDocument {
  id: string;
  title: string;
  owner: string | null;
  law: string;
  pageCount: number;
}

/** A chunk of a § / Art. section; `text === document.text.slice(start, end)`. */
export interface SectionChunk {
  id: number;
  ordinal: number;
  section: string;
  heading: string | null;
  page: number;
  start: number;
  end: number;
  text: string;
}

/** Consecutive chunks (by ordinal) that carry one section label. */
export interface SectionRun {
  from: number;
  to: number;
}

/**
 * The reads of the citation check, prepared once per database. Everything is read through
 * indexes or narrow scans; the full document text is never loaded.
 */
export class LawQueries {
  private readonly lawDocuments: Statement<[], LawDocument>;
  private readonly documentCount: Statement<[], number>;
  private readonly chunkSequence: Statement<[], number>;
  private readonly sectionLabels: Statement<[string], unknown[]>;
  private readonly chunkRange: Statement<[string, number, number], SectionChunk>;
  private readonly pageAt: Statement<[string, number], number>;

  constructor(database: Database) {
    this.lawDocuments = database.prepare(
      `SELECT id, title, owner, json_extract(metadata, '$.law') AS law, page_count AS pageCount
         FROM documents WHERE json_extract(metadata, '$.law') IS NOT NULL
        ORDER BY owner IS NOT NULL, title, id`,
    );
    this.documentCount = database.prepare('SELECT count(*) FROM documents').pluck() as Statement<[], number>;
    // chunks.id is AUTOINCREMENT: its sequence grows with every ingest and update and is never reused.
    this.chunkSequence = database.prepare("SELECT ifnull(max(seq), 0) FROM sqlite_sequence WHERE name = 'chunks'").pluck() as Statement<[], number>;
    this.sectionLabels = database.prepare("SELECT ordinal, section FROM chunks WHERE document_id = ? AND (section LIKE '§ %' OR section LIKE 'Art. %') ORDER BY ordinal").raw() as Statement<[string], unknown[]>;
    this.chunkRange = database.prepare(
      `SELECT id, ordinal, section, heading, page, start_offset AS start, end_offset AS end, text
         FROM chunks WHERE document_id = ? AND ordinal BETWEEN ? AND ? ORDER BY ordinal`,
    );
    this.pageAt = database
      .prepare('SELECT number FROM document_pages WHERE document_id = ? AND start_offset <= ? ORDER BY number DESC LIMIT 1')
      .pluck() as Statement<[string, number], number>;
  }

  /** Every law document with its owner; visibility is applied by the caller (LawCatalog.find). */
  findLawDocuments(): LawDocument[] {
    return this.lawDocuments.all();
  }

  /**
   * Changes whenever a document is added, replaced or deleted: replacing writes new chunks (the
   * sequence grows), deleting lowers the count. Two index reads, so it can run on every check.
   */
  corpusVersion(): string {
    return `${this.documentCount.get() ?? 0}:${this.chunkSequence.get() ?? 0}`;
  }

  /** label → runs of chunk ordinals, for one document: one pass over its chunk rows. */
  readSectionDirectory(documentId: string): Map<string, SectionRun[]> {
    const directory = new Map<string, SectionRun[]>();
    let previous = null as { section: string; run: SectionRun } | null;
    for (const row of this.sectionLabels.all(documentId)) {
      const [ordinal, section] = row as [number, string];
      if (previous?.section === section && previous.run.to === ordinal - 1) {
        previous.run.to = ordinal;
        continue;
      }
      const run = { from: ordinal, to: ordinal };
      const runs = directory.get(section) ?? [];
      runs.push(run);
      directory.set(section, runs);
      previous = { section, run };
    }
    return directory;
  }

  findChunks(documentId: string, run: SectionRun): SectionChunk[] {
    return this.chunkRange.all(documentId, run.from, run.to);
  }

  findPageAt(documentId: string, offset: number): number | null {
    return this.pageAt.get(documentId, offset) ?? null;
  }
}
