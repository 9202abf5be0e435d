import type { ChatStore } from './chat';
import type { DocumentType, DraftContext, DraftTemplate } from './draft';
import type { PlainLanguageLevel, PlainLanguageReport, PlainLanguageRuleSet } from './simplify';
import type { GenerationContext } from './use-case';
import type { CitationCheckReport } from '../legal/citations';

/**
 * What the assistant functions share, built once in the composition root. `context()` is called
 * per request: its privacy guard (and so the placeholder mapping) lives only for that request.
 */
export interface AssistantServices {
  context(): GenerationContext;
  draftTemplates: Map<DocumentType, DraftTemplate>;
  chats: ChatStore;
  plainLanguageRules: PlainLanguageRuleSet;
  checkPlainLanguage(text: string, level: PlainLanguageLevel): PlainLanguageReport;
  /** The legal-citation check run on every generated text; `visibleTo` as in `visibleTo(actor)`. */
  checkCitations(text: string, visibleTo: string | null | undefined): CitationCheckReport;
  composeRemedyNotice: DraftContext['composeRemedyNotice'];
  today(): string;
  summaryMaxWindows: number;
  chatHistoryTurns: number;
  maxChatsPerUser: number;
}
