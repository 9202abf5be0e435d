import type { ExtractedDocument, ExtractionFailureReason } from './types';

export interface PdfJob {
  id: number;
  bytes: Uint8Array;
  maxPages: number;
}

/** `reason: null` marks an unexpected failure (a bug), not a property of the file. */
export type PdfReply =
  | { id: number; ok: true; document: ExtractedDocument }
  | { id: number; ok: false; reason: ExtractionFailureReason | null; detail: string };
