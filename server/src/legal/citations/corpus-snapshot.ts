import type { Database } from '../../platform/db';
import { LawCatalog } from './law-catalog';
import { LawQueries, type SectionRun } from './law-queries';

/**
 * What the check needs to know about the indexed laws, kept per database until the document set
 * changes: the catalog of law names, and per document the runs of chunks of each section.
 * Checks run on every generated text; rebuilding this each time would cost milliseconds.
 */
export interface CorpusSnapshot {
  queries: LawQueries;
  catalog: LawCatalog;
  sections(documentId: string): Map<string, SectionRun[]>;
}

interface Cached {
  version: string;
  snapshot: CorpusSnapshot;
}

const queriesByDatabase = new WeakMap<Database, LawQueries>();
const snapshots = new WeakMap<Database, Cached>();

export function corpusSnapshot(database: Database): CorpusSnapshot {
  let queries = queriesByDatabase.get(database);
  if (!queries) {
    queries = new LawQueries(database);
    queriesByDatabase.set(database, queries);
  }
  const version = queries.corpusVersion();
  const cached = snapshots.get(database);
  if (cached?.version === version) return cached.snapshot;

  const directories = new Map<string, Map<string, SectionRun[]>>();
  const lawQueries = queries;
  const snapshot: CorpusSnapshot = {
    queries: lawQueries,
    catalog: new LawCatalog(lawQueries.findLawDocuments()),
    sections(documentId) {
      let directory = directories.get(documentId);
      if (!directory) {
        directory = lawQueries.readSectionDirectory(documentId);
        directories.set(documentId, directory);
      }
      return directory;
    },
  };
  snapshots.set(database, { version, snapshot });
  return snapshot;
}
