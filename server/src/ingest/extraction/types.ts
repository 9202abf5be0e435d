import type { ArchiveLimits } from './archive-limits';

/** Media types the extraction pipeline can turn into text. */
export type MediaType =
  | 'application/pdf'
  | 'text/markdown'
  | 'text/plain'
  | 'text/html'
  | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** One page of the extracted text: 1-based page number and [start, end) character offsets into `text`. */
export interface ExtractedPage {
  number: number;
  start: number;
  end: number;
}

/** Text of an ingested file plus the page map needed to cite pages later. */
export interface ExtractedDocument {
  mediaType: MediaType;
  text: string;
  pages: ExtractedPage[];
  title: string | null;
}

/** Why a file cannot be indexed; stable codes the UI/API can translate. */
export type ExtractionFailureReason =
  | 'unsupported_type'
  | 'empty'
  | 'no_text_layer'
  | 'garbled_text'
  | 'corrupt'
  | 'too_many_pages'
  | 'decompression_limit';

/** Input of {@link extractDocument}; `maxPages` defaults to {@link DEFAULT_MAX_PAGES}, `archiveLimits` to DEFAULT_ARCHIVE_LIMITS. */
export interface ExtractionInput {
  bytes: Uint8Array;
  fileName: string;
  maxPages?: number;
  archiveLimits?: ArchiveLimits;
}

/** Page limit applied when the caller does not pass one. */
export const DEFAULT_MAX_PAGES = 2000;
