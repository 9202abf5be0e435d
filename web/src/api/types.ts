/** Response shapes of the LLMoin API, as far as the UI reads them (see server/src/api/*). */

export type ResultMode = 'generative' | 'extractive' | 'template' | 'rules';

export interface Provenance {
  mode: ResultMode;
  model: string | null;
  fallback: { reason: string } | null;
}

export interface Passage {
  documentId: string;
  title: string;
  section: string | null;
  page: number | null;
  quote: string;
  start: number;
  end: number;
}

export interface ResearchCitation {
  marker: number;
  quote: string;
  start: number;
  end: number;
  passage: Passage;
}

export interface ResearchResult extends Provenance {
  found: boolean;
  answer: string;
  retrievalMode: string;
  citations: ResearchCitation[];
  verification: { verified: boolean; unknownMarkers: number[] } | null;
}

export interface SummaryResult extends Provenance {
  summary: string;
  words: number;
  targetWords: number;
  document: { id: string; title: string } | null;
  mapReduce: { windows: number } | null;
}

export interface LetterHead {
  sender: { authority: string; [key: string]: string | undefined };
  recipient: { lines: string[] };
  subject: string;
  [key: string]: unknown;
}

export interface DraftResult extends Provenance {
  type: string;
  label: string;
  text: string;
  sections: Array<{ heading: string | null; text: string }>;
  letter: LetterHead | null;
  gaps: Array<{ field: string; label: string; required: boolean }>;
  remedyNoticeIntact: boolean | null;
}

export interface DraftType {
  type: string;
  label: string;
  description: string;
  letter: boolean;
  required: string[];
}

export interface DeadlineResult {
  bekanntgabe: string;
  end: string;
  explanation: Array<{ norm: string; text: string; date: string }>;
  rechtsbehelfsbelehrung?: string;
}

export interface RuleExample {
  start: number;
  end: number;
  text: string;
  hint?: string;
}

export interface RuleResult {
  id: string;
  name: string;
  description: string;
  severity: string;
  violations: number;
  rate: number;
  maxRate: number;
  passed: boolean;
  examples: RuleExample[];
}

export interface PlainLanguageReport {
  level: string;
  rulesName: string;
  sentences: number;
  words: number;
  readability: { lix: number | null; fleschAmstad: number | null; wienerSachtextformel: number | null; averageSentenceLength: number | null };
  rules: RuleResult[];
  passedRules: number;
  failedRules: number;
}

export interface SimplifyResult extends Provenance {
  level: string;
  text: string | null;
  before: PlainLanguageReport;
  after: PlainLanguageReport | null;
}

export interface ChatSummary {
  id: string;
  title: string;
  messageCount: number;
  updatedAt: string;
}

export interface ChatMessage {
  id?: number;
  role: 'user' | 'assistant';
  content: string;
  mode: ResultMode | null;
  model: string | null;
}

export interface ChatTurnResult extends Provenance {
  chatId: string;
  title: string;
  message: ChatMessage;
}

export interface DocumentSummary {
  id: string;
  title: string;
  source: string;
  collection: string;
  owner: string | null;
  shared: boolean;
  status: 'indexed';
  ingestedAt: string;
  pageCount: number | null;
  charCount: number;
  law: string | null;
}

export interface Rejection {
  source: string;
  collection: string;
  status: 'no_text_layer' | 'failed';
  reason: string;
  detail: string;
  rejectedAt: string;
}

export interface DocumentListing {
  total: number;
  documents: DocumentSummary[];
  rejected: Rejection[];
}

export interface DocumentDetail extends DocumentSummary {
  pages: Array<{ number: number; start: number; end: number; text: string }>;
}

export interface UploadResult {
  status: 'ingested' | 'updated' | 'unchanged' | 'duplicate';
  document: DocumentSummary;
}

export interface CitationReference {
  text: string;
  start: number;
  end: number;
  law: string;
  status: 'resolved' | 'unknown-law' | 'unknown-section' | 'unknown-paragraph';
  missing: string | null;
  passage: Passage | null;
}

export interface CitationCheck {
  references: CitationReference[];
  summary: { total: number; resolved: number; unknown: number };
}

export interface Health {
  status: string;
  models: { generation: { configured: string | null; loaded: boolean; mode: 'generative' | 'extractive'; error: string | null } };
  retrieval: { mode: string };
  counts: { documents: number };
}

export interface TokenRecord {
  id: string;
  name: string;
  subject: string;
  role: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

/** GET /api/v1/me: who the service thinks the caller is. */
export interface Me {
  subject: string;
  role: string;
  via: string;
  scopes: string[];
  limited: boolean;
  groups: string[];
}
