import type { LexicalIndex } from '../retrieval';
import type { ChunkingOptions } from './chunking';
import type { DocumentRecord, DocumentStore } from './document-store';
import { ingestDocument, removeDocumentRows, type IngestContext, type IngestInput, type IngestOutcome } from './ingest-document';
import { ingestPaths, type IngestPathsOptions, type IngestSummary } from './ingest-paths';

export interface DocumentLibraryOptions {
  store: DocumentStore;
  lexicalIndex: LexicalIndex;
  chunking: ChunkingOptions;
  maxPdfPages: number;
  /** Brings derived indexes (dense vectors) in line after chunks changed. */
  afterChange?: () => Promise<void>;
}

/**
 * The ingest capability's entry point for callers (API, CLI, start-up): every change to the
 * document set goes through here so that derived indexes are always brought up to date.
 */
export class DocumentLibrary {
  readonly store: DocumentStore;
  private readonly context: IngestContext;
  private readonly afterChange: () => Promise<void>;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: DocumentLibraryOptions) {
    this.store = options.store;
    this.context = { store: options.store, lexicalIndex: options.lexicalIndex, chunking: options.chunking, maxPdfPages: options.maxPdfPages };
    this.afterChange = options.afterChange ?? (async () => undefined);
  }

  /** Ingest one file. Writes are serialised so concurrent uploads of one source cannot interleave. */
  ingest(input: IngestInput): Promise<IngestOutcome> {
    return this.serialise(async () => {
      const outcome = await ingestDocument(this.context, input);
      if (outcome.status === 'ingested' || outcome.status === 'updated') await this.afterChange();
      return outcome;
    });
  }

  ingestPaths(paths: string[], options: Omit<IngestPathsOptions, 'afterBatch'>): Promise<IngestSummary> {
    return this.serialise(() => ingestPaths(this.context, paths, { ...options, afterBatch: this.afterChange }));
  }

  /** Deletes a document from the database and every index; false when it did not exist. */
  delete(document: DocumentRecord): Promise<boolean> {
    return this.serialise(async () => {
      if (!this.store.findById(document.id)) return false;
      this.store.database.transaction(() => removeDocumentRows(this.store, this.context.lexicalIndex, document.id))();
      await this.afterChange();
      return true;
    });
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
