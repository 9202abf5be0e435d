import type { Database } from '../platform/db';
import { createGermanAnalyzer, LexicalIndex, loadPassages, type GermanAnalyzer, type LexicalWeights, type Retriever } from '../retrieval';
import type { EvalDataset, EvalQuery } from './datasets';
import { fuse, type FusionSpec } from './fusion';
import { firstHitRank, summarize } from './metrics';
import {
  ingestDataset, isHit, K, progressBar, runQueries, serviceSearch, testEncoderMissing, topItems,
  type QueryResult, type RunContext, type SearchFunction, type SystemRun,
} from './run-system';
import { DEFAULT_VARIANT, type LexicalVariant } from './variants';

/*
 * Experiments on the same data as the service run: lexical variants (analyzer, weights, chunking,
 * document prior) and fusion formulas over one hybrid index.
 */

/**
 * Rebuilds chunk_terms from the stored chunks with another analyzer / title handling. With
 * unit 'document' every document becomes one row (its whole text under its first chunk's id).
 */
export function reindexLexical(database: Database, index: LexicalIndex, title: 'keep' | 'none', unit: 'chunk' | 'document' = 'chunk'): void {
  const rows = (unit === 'chunk'
    ? database.prepare(
      `SELECT c.id, d.title, d.metadata, c.section, c.heading, c.text FROM chunks c JOIN documents d ON d.id = c.document_id ORDER BY c.id`)
    : database.prepare(
      `SELECT min(c.id) AS id, d.title, d.metadata, NULL AS section, NULL AS heading, d.text FROM chunks c JOIN documents d ON d.id = c.document_id
        GROUP BY d.id ORDER BY id`)
  ).all() as Array<{ id: number; title: string; metadata: string; section: string | null; heading: string | null; text: string }>;
  database.transaction(() => {
    database.prepare(`INSERT INTO chunk_terms (chunk_terms) VALUES ('delete-all')`).run();
    index.addChunks(rows.map((row) => ({
      id: row.id, documentTitle: title === 'keep' ? row.title : '',
      law: title === 'keep' ? ((JSON.parse(row.metadata) as { law?: string }).law ?? null) : null,
      section: row.section, heading: row.heading, text: row.text,
    })));
  })();
}

/**
 * Lexical variants (analyzer options, column weights, chunking) on the same data and queries.
 * Variants with the default chunking share one ingest; the index is rebuilt per variant as needed.
 */
export async function runVariants(
  dataset: EvalDataset, queries: EvalQuery[], variants: LexicalVariant[], context: RunContext,
): Promise<SystemRun[]> {
  const runs: SystemRun[] = [];
  const groups = new Map<string, LexicalVariant[]>();
  for (const variant of variants) {
    const chunking = variant.chunking ?? dataset.chunking;
    const key = chunking ? `${chunking.chunkSize}/${chunking.chunkOverlap}` : 'default';
    groups.set(key, [...(groups.get(key) ?? []), variant]);
  }
  for (const group of groups.values()) {
    const chunking = group[0]!.chunking ?? dataset.chunking;
    const ingested = await ingestDataset(dataset, 'lexical', context, chunking);
    try {
      let indexed: LexicalVariant = DEFAULT_VARIANT;
      for (const variant of group) {
        const analyzer = createGermanAnalyzer({ decompound: variant.decompound, stopWords: variant.stopWords });
        const index = new LexicalIndex(ingested.service.database, analyzer, variant.weights);
        const sameTerms = variant.decompound === indexed.decompound && variant.stopWords === indexed.stopWords
          && variant.title === indexed.title && variant.unit === indexed.unit;
        if (!sameTerms) {
          reindexLexical(ingested.service.database, index, variant.title, variant.unit);
          indexed = variant;
        }
        const retriever: Retriever = { database: ingested.service.database, lexicalIndex: index, dense: null };
        const search = variant.docPrior > 0
          ? documentPriorSearch(ingested.service.database, index, analyzer, variant.weights, variant.docPrior)
          : serviceSearch(retriever);
        const run = await runQueries(search, ingested, queries, context, `variant ${variant.name}`, { perDocument: variant.perDocument });
        runs.push({
          system: `llmoin-lexical[${variant.name}]`, status: 'ok', metrics: run.metrics, msPerQuery: run.msPerQuery, queries: run.results,
          setup: { variant, chunks: ingested.chunks, rejected: ingested.rejected, chunkSize: ingested.config.chunkSize, chunkOverlap: ingested.config.chunkOverlap },
        });
      }
    } finally {
      ingested.close();
    }
  }
  return runs;
}


/**
 * Experiment: chunk ranking blended with page-level evidence. A second FTS5 table (eval-only)
 * holds one row per document (title + whole text); a chunk's score becomes
 * (1 − λ)·minmax(chunk bm25) + λ·minmax(bm25 of its document), over the top 100 chunks and top
 * 50 documents (a document outside them contributes 0).
 */
export function documentPriorSearch(
  database: Database, index: LexicalIndex, analyzer: GermanAnalyzer, weights: LexicalWeights, lambda: number,
): SearchFunction {
  database.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS eval_document_terms USING fts5 (title, section, body, content = '', contentless_delete = 1, tokenize = 'ascii')`);
  const documents = database.prepare(`SELECT rowid AS key, id, title, text FROM documents ORDER BY rowid`).all() as Array<{ key: number; id: string; title: string; text: string }>;
  const insert = database.prepare('INSERT INTO eval_document_terms (rowid, title, section, body) VALUES (?, ?, ?, ?)');
  database.transaction(() => {
    database.prepare(`INSERT INTO eval_document_terms (eval_document_terms) VALUES ('delete-all')`).run();
    for (const document of documents) insert.run(document.key, analyzer.analyze(document.title).join(' '), '', analyzer.analyze(document.text).join(' '));
  })();
  const documentKeyOfChunk = new Map(
    (database.prepare(`SELECT c.id AS chunkId, d.rowid AS key FROM chunks c JOIN documents d ON d.id = c.document_id`).all() as Array<{ chunkId: number; key: number }>)
      .map((row) => [row.chunkId, row.key]),
  );
  const rankDocuments = database.prepare(
    `SELECT rowid AS key, bm25(eval_document_terms, ${weights.title}, ${weights.section}, ${weights.body}) AS rank
       FROM eval_document_terms WHERE eval_document_terms MATCH ? ORDER BY rank LIMIT 50`,
  );
  return async (query, k) => {
    const expression = index.toMatchExpression(query);
    if (!expression) return [];
    const chunks = index.search(query, 100);
    const documentHits = (rankDocuments.all(expression) as Array<{ key: number; rank: number }>).map((row) => ({ chunkId: row.key, score: -row.rank }));
    const chunkNorm = minMax(chunks);
    const documentNorm = minMax(documentHits);
    const blended = chunks.map((hit) => ({
      chunkId: hit.chunkId,
      score: (1 - lambda) * (chunkNorm.get(hit.chunkId) ?? 0) + lambda * (documentNorm.get(documentKeyOfChunk.get(hit.chunkId) ?? -1) ?? 0),
    }));
    blended.sort((a, b) => b.score - a.score || a.chunkId - b.chunkId);
    return loadPassages(database, blended.slice(0, k));
  };
}

function minMax(hits: Array<{ chunkId: number; score: number }>): Map<number, number> {
  const values = hits.map((hit) => hit.score);
  const min = Math.min(...values);
  const span = Math.max(...values) - min;
  return new Map(hits.map((hit) => [hit.chunkId, span > 0 ? (hit.score - min) / span : 1]));
}

/** Candidates per ranker, as retrieveChunks takes them for k = 10. */
const FUSION_DEPTH = Math.max(50, K * 4);

/**
 * Fusion experiment: one hybrid ingest, the lexical and dense candidate lists computed once per
 * query, then every fusion formula applied to the same lists.
 */
export async function runFusionVariants(
  dataset: EvalDataset, queries: EvalQuery[], fusions: FusionSpec[], context: RunContext,
): Promise<SystemRun[]> {
  const systemOf = (fusion: FusionSpec) => `llmoin-hybrid[${fusion.name}]`;
  const missing = testEncoderMissing();
  if (missing) return fusions.map((fusion) => ({ system: systemOf(fusion), status: 'unavailable', reason: `test encoder not built (${missing})` }));
  const ingested = await ingestDataset(dataset, 'hybrid', context);
  try {
    const { database, lexicalIndex, dense } = ingested.service.deps.retriever;
    if (!dense) {
      const reason = ingested.service.deps.status().models.embedding.error ?? 'dense index not available';
      return fusions.map((fusion) => ({ system: systemOf(fusion), status: 'unavailable', reason }));
    }
    const perFusion = fusions.map(() => ({ results: [] as QueryResult[] }));
    const bar = progressBar(context, 'fusion queries');
    bar?.start(queries.length, 0);
    for (const query of queries) {
      const lexical = lexicalIndex.search(query.question, FUSION_DEPTH);
      const vector = await dense.model.embedQuery(query.question);
      const nearest = dense.index.search(vector, FUSION_DEPTH);
      fusions.forEach((fusion, f) => {
        const passages = loadPassages(database, fuse(fusion, lexical, nearest).slice(0, K));
        const ids = passages.map((passage) => ingested.evalIdOf.get(passage.documentId) ?? `?${passage.documentId}`);
        const rank = firstHitRank(passages.map((passage, i) => isHit(query, passage, ids[i]!, ingested)), K);
        perFusion[f]!.results.push({ id: query.id, rank, top: ids, top3: topItems(passages, ids, ingested) });
      });
      bar?.increment();
    }
    bar?.stop();
    return fusions.map((fusion, f) => {
      const results = perFusion[f]!.results;
      return {
        system: systemOf(fusion), status: 'ok', metrics: summarize(results.map((r) => r.rank)), queries: results,
        setup: { fusion, depth: FUSION_DEPTH, embeddingModel: dense.model.modelId, chunks: ingested.chunks },
      };
    });
  } finally {
    ingested.close();
  }
}
