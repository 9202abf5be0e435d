import type { Database } from '../platform/db';
import type { GermanAnalyzer } from './german';
import { admittedChunkIds, filterToSql, isNarrowing, type RetrievalFilter } from './retrieval-filter';

export interface IndexableChunk {
  id: number;
  documentTitle: string;
  law: string | null;
  section: string | null;
  heading: string | null;
  text: string;
}

export interface LexicalHit {
  chunkId: number;
  /** FTS5 bm25(): lower is better; negated into `score` so that higher is better everywhere else. */
  score: number;
}

/** Column weights for bm25(title, section, body): headings and titles name the topic of a passage. */
export interface LexicalWeights {
  title: number;
  section: number;
  body: number;
}

export const DEFAULT_LEXICAL_WEIGHTS: LexicalWeights = { title: 1.5, section: 2.5, body: 1 };

/**
 * BM25 over German-normalised terms in an FTS5 table. The analyzer runs identically on both
 * sides, so FTS5 only ever sees plain ASCII terms (its `ascii` tokenizer just splits on spaces).
 */
export class LexicalIndex {
  private readonly insert;
  private readonly remove;
  private readonly rankStatement;

  constructor(
    private readonly database: Database,
    private readonly analyzer: GermanAnalyzer,
    private readonly weights: LexicalWeights = DEFAULT_LEXICAL_WEIGHTS,
  ) {
    this.insert = database.prepare('INSERT INTO chunk_terms (rowid, title, section, body) VALUES (?, ?, ?, ?)');
    this.remove = database.prepare('DELETE FROM chunk_terms WHERE rowid = ?');
    const { title, section, body } = weights;
    this.rankStatement = database.prepare(
      `SELECT rowid AS chunkId, bm25(chunk_terms, ${title}, ${section}, ${body}) AS rank FROM chunk_terms WHERE chunk_terms MATCH ? ORDER BY rank LIMIT ?`,
    );
  }

  /** Call inside the transaction that writes the chunks, so text and terms never diverge. */
  addChunks(chunks: IndexableChunk[]): void {
    for (const chunk of chunks) {
      const title = [chunk.documentTitle, chunk.law ?? ''].join(' ');
      const section = [chunk.section ?? '', chunk.heading ?? ''].join(' ');
      this.insert.run(chunk.id, this.terms(title), this.terms(section), this.terms(chunk.text));
    }
  }

  removeChunks(chunkIds: number[]): void {
    for (const id of chunkIds) this.remove.run(id);
  }

  /**
   * Inverse document frequency of each term over all indexed chunks (BM25's formula; a term no
   * chunk contains gets the highest weight): how much a term says about what a text is about.
   */
  termWeights(terms: string[]): Map<string, number> {
    const unique = [...new Set(terms)];
    const total = this.chunkCount();
    const frequency = new Map<string, number>();
    if (unique.length) {
      const rows = this.database
        .prepare(`SELECT term, doc FROM chunk_terms_vocab WHERE term IN (${unique.map(() => '?').join(', ')})`)
        .all(...unique) as Array<{ term: string; doc: number }>;
      for (const row of rows) frequency.set(row.term, row.doc);
    }
    return new Map(unique.map((term) => {
      const df = frequency.get(term) ?? 0;
      return [term, Math.log(1 + (total - df + 0.5) / (df + 0.5))];
    }));
  }

  private chunkCount(): number {
    return this.database.prepare('SELECT count(*) FROM chunks').pluck().get() as number;
  }

  /** Query terms as an FTS5 OR expression; null when the query has no searchable term. */
  toMatchExpression(query: string): string | null {
    const terms = [...new Set(this.analyzer.analyze(query))];
    return terms.length ? terms.map((term) => `"${term}"`).join(' OR ') : null;
  }

  search(query: string, limit: number, filter?: RetrievalFilter): LexicalHit[] {
    const expression = this.toMatchExpression(query);
    if (!expression) return [];
    if (isNarrowing(filter)) return this.searchJoined(expression, limit, filter);
    if (filter?.visibleTo === undefined) return this.rank(expression, limit);
    return this.searchVisible(expression, limit, filter);
  }

  /** The bare FTS5 ranking: the fastest path, used whenever no filter needs the documents table. */
  private rank(expression: string, limit: number): LexicalHit[] {
    const rows = this.rankStatement.all(expression, limit) as Array<{ chunkId: number; rank: number }>;
    return rows.map((row) => ({ chunkId: row.chunkId, score: -row.rank }));
  }

  /**
   * Visibility admits almost every chunk, so rank first and drop the few private ones of other
   * users afterwards (joining every match to its document costs about 2× the ranking itself).
   */
  private searchVisible(expression: string, limit: number, filter: RetrievalFilter): LexicalHit[] {
    for (let fetch = limit * 2; ; fetch *= 4) {
      const ranked = this.rank(expression, fetch);
      const admitted = admittedChunkIds(this.database, ranked.map((hit) => hit.chunkId), filter);
      const hits = ranked.filter((hit) => admitted.has(hit.chunkId));
      if (hits.length >= limit || ranked.length < fetch) return hits.slice(0, limit);
    }
  }

  /** Narrow filters (documents, collections, laws): join so that only admitted chunks are ranked. */
  private searchJoined(expression: string, limit: number, filter: RetrievalFilter | undefined): LexicalHit[] {
    const condition = filterToSql(filter);
    const { title, section, body } = this.weights;
    const rows = this.database
      .prepare(
        `SELECT t.rowid AS chunkId, bm25(chunk_terms, ${title}, ${section}, ${body}) AS rank
           FROM chunk_terms t
           JOIN chunks c ON c.id = t.rowid
           JOIN documents d ON d.id = c.document_id
          WHERE chunk_terms MATCH ? AND ${condition.sql}
          ORDER BY rank
          LIMIT ?`,
      )
      .all(expression, ...condition.parameters, limit) as Array<{ chunkId: number; rank: number }>;
    return rows.map((row) => ({ chunkId: row.chunkId, score: -row.rank }));
  }

  private terms(text: string): string {
    return this.analyzer.analyze(text).join(' ');
  }
}
