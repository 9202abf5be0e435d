export {
  checkLegalCitations, DEFAULT_MAX_REFERENCES,
  type CitationCheckContext, type CitationCheckOptions, type CitationCheckReport, type CheckedReference, type CitationPassage, type CitationStatus,
} from './check-legal-citations';
export { parseLegalCitations, MAX_TARGETS_PER_CITATION, type ParsedCitation, type CitationTarget, type CitationUnit } from './parse-citations';
export type { LawMention } from './parse-law-mention';
export type { MissingLevel } from './locate-in-section';
