import type { Database } from '../platform/db';

/** Optional narrowing of a search. All given conditions must hold. */
export interface RetrievalFilter {
  collections?: string[];
  documentIds?: string[];
  /** Law abbreviations as in the documents' metadata, e.g. `VwVfG`; matched case-insensitively. */
  laws?: string[];
  /**
   * Whose private uploads may appear: shared documents (owner NULL) are always visible; a subject
   * adds its own uploads, `{ subject, groups }` also uploads shared with one of the groups; `null`
   * means shared documents only.
   */
  visibleTo?: string | DocumentVisibility | null;
}

/** A caller's own uploads plus those shared with one of their groups. */
export interface DocumentVisibility {
  subject: string;
  groups: readonly string[];
}

export interface SqlCondition {
  sql: string;
  parameters: unknown[];
}

/** Builds a WHERE fragment over `documents d`; values are always bound, never interpolated. */
export function filterToSql(filter: RetrievalFilter | undefined): SqlCondition {
  const clauses: string[] = [];
  const parameters: unknown[] = [];
  const inList = (column: string, values: string[]) => {
    clauses.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    parameters.push(...values);
  };
  if (filter?.collections?.length) inList('d.collection', filter.collections);
  if (filter?.documentIds?.length) inList('d.id', filter.documentIds);
  if (filter?.laws?.length) inList("lower(json_extract(d.metadata, '$.law'))", filter.laws.map((law) => law.toLowerCase()));
  if (filter && filter.visibleTo !== undefined) {
    const visibility = visibilityToSql(filter.visibleTo);
    clauses.push(visibility.sql);
    parameters.push(...visibility.parameters);
  }
  return { sql: clauses.length ? clauses.join(' AND ') : '1', parameters };
}

/**
 * The visibility condition over `documents d`. Groups travel as one JSON parameter, so the
 * statement text (and SQLite's prepared plan) is the same for any number of groups.
 */
export function visibilityToSql(visibleTo: string | DocumentVisibility | null): SqlCondition {
  if (visibleTo === null) return { sql: 'd.owner IS NULL', parameters: [] };
  const subject = typeof visibleTo === 'string' ? visibleTo : visibleTo.subject;
  const groups = typeof visibleTo === 'string' ? [] : visibleTo.groups;
  if (!groups.length) return { sql: '(d.owner IS NULL OR d.owner = ?)', parameters: [subject] };
  return {
    sql: '(d.owner IS NULL OR d.owner = ? OR d.share_group IN (SELECT value FROM json_each(?)))',
    parameters: [subject, JSON.stringify(groups)],
  };
}

/** Whether a filter narrows beyond visibility (documents, collections, laws). */
export function isNarrowing(filter: RetrievalFilter | undefined): boolean {
  return Boolean(filter?.collections?.length || filter?.documentIds?.length || filter?.laws?.length);
}

/** The subset of candidate chunk ids that the filter admits. */
export function admittedChunkIds(database: Database, chunkIds: number[], filter: RetrievalFilter | undefined): Set<number> {
  const condition = filterToSql(filter);
  if (condition.sql === '1') return new Set(chunkIds);
  const admitted = database
    .prepare(`SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id IN (SELECT value FROM json_each(?)) AND ${condition.sql}`)
    .pluck()
    .all(JSON.stringify(chunkIds), ...condition.parameters) as number[];
  return new Set(admitted);
}

/** All chunk ids a narrowing filter admits (for filtered k-NN search). */
export function allChunkIdsAdmitted(database: Database, filter: RetrievalFilter): Set<number> {
  const condition = filterToSql(filter);
  const ids = database
    .prepare(`SELECT c.id FROM chunks c JOIN documents d ON d.id = c.document_id WHERE ${condition.sql}`)
    .pluck()
    .all(...condition.parameters) as number[];
  return new Set(ids);
}
