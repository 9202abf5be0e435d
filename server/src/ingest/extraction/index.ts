/** Turns ingested files into text with page offsets, or explains why they cannot be indexed. */
export { checkArchiveLimits, DEFAULT_ARCHIVE_LIMITS, type ArchiveLimits } from './archive-limits';
export { detectMediaType } from './detect-media-type';
export { extractDocument } from './extract-document';
export { ExtractionError } from './extraction-error';
export { assessTextQuality, TEXT_QUALITY_THRESHOLDS } from './text-quality';
export type { TextQualityAssessment, TextQualityMetrics } from './text-quality';
export { DEFAULT_MAX_PAGES } from './types';
export type { ExtractedDocument, ExtractedPage, ExtractionFailureReason, ExtractionInput, MediaType } from './types';
