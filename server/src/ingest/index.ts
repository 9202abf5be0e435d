export { ingestDocument, removeDocumentRows, type IngestContext, type IngestInput, type IngestOutcome } from './ingest-document';
export { ingestPaths, listIngestibleFiles, type IngestSummary, type IngestPathsOptions } from './ingest-paths';
export { DocumentLibrary, type DocumentLibraryOptions } from './document-library';
export { DocumentStore, type DocumentRecord, type DocumentMetadata, type RejectedFile } from './document-store';
export { ExtractionError, detectMediaType, type ExtractionFailureReason, type MediaType } from './extraction';
