import type { Database } from '../../platform/db';
import { corpusSnapshot, type CorpusSnapshot } from './corpus-snapshot';
import type { LawDocument, SectionChunk } from './law-queries';
import { locateInSection, type MissingLevel, type SectionText } from './locate-in-section';
import { parseLegalCitations, type CitationTarget, type CitationUnit, type ParsedCitation } from './parse-citations';

export interface CitationCheckContext {
  database: Database;
}

export interface CitationCheckOptions {
  /** Whose private uploads may be linked (see `visibleTo(actor)`); null: shared documents only; undefined: all. */
  visibleTo: string | null | undefined;
  /** Upper bound on checked references, so that a long text costs bounded work. */
  maxReferences?: number;
}

export type CitationStatus = 'resolved' | 'unknown-law' | 'unknown-section' | 'unknown-paragraph';

/** The passage a reference points to; `quote === documentText.slice(start, end)`. */
export interface CitationPassage {
  documentId: string;
  title: string;
  chunkId: number;
  section: string;
  page: number;
  start: number;
  end: number;
  quote: string;
}

export interface CheckedReference {
  /** The citation as written (for "§§ 70, 74 VwGO" both references carry the whole text). */
  text: string;
  start: number;
  end: number;
  /** The corpus's abbreviation when the law is known ("VwVfG" for "Verwaltungsverfahrensgesetz"), else as written. */
  law: string;
  unit: CitationUnit;
  number: string;
  paragraph: string | null;
  sentence: string | null;
  item: string | null;
  status: CitationStatus;
  /** For `unknown-paragraph`: which cited level the section lacks. */
  missing: MissingLevel | null;
  /** For `resolved`, and for `unknown-paragraph` the section itself. */
  passage: CitationPassage | null;
}

export interface CitationCheckReport {
  references: CheckedReference[];
  summary: {
    total: number;
    resolved: number;
    unknown: number;
    /** Citations that name no law ("nach § 41 Abs. 2"): they cannot be checked and are not listed. */
    unattributed: number;
    /** True when more than `maxReferences` references were found and the rest was not checked. */
    truncated: boolean;
  };
}

export const DEFAULT_MAX_REFERENCES = 500;

/** A section's text with the chunks it was stitched from (for chunk ids and quotes). */
type LoadedSection = SectionText & { chunks: SectionChunk[] };

/**
 * Checks every norm cited in a text against the indexed laws: is the law there, the § / Art.,
 * the Absatz, Satz and Nummer? Resolvable references are linked to their passage with an exact
 * quote. Synchronous and bounded: after the first call per corpus state, one indexed range query
 * per cited section.
 */
export function checkLegalCitations(context: CitationCheckContext, text: string, options: CitationCheckOptions): CitationCheckReport {
  const maxReferences = options.maxReferences ?? DEFAULT_MAX_REFERENCES;
  let unattributed = 0;
  const found: Array<{ citation: ParsedCitation; target: CitationTarget }> = [];
  for (const citation of parseLegalCitations(text)) {
    if (!citation.law) unattributed += citation.targets.length;
    else for (const target of citation.targets) found.push({ citation, target });
  }
  const checked = found.slice(0, maxReferences);
  const truncated = found.length > checked.length;
  if (checked.length === 0) return report([], unattributed, truncated);

  const snapshot = corpusSnapshot(context.database);
  const sections = new Map<string, LoadedSection | null>();
  const references = checked.map(({ citation, target }) => {
    const documents = snapshot.catalog.find(citation.law?.key ?? '', options.visibleTo);
    return checkReference(snapshot, citation, target, documents, sections);
  });
  return report(references, unattributed, truncated);
}

function report(references: CheckedReference[], unattributed: number, truncated: boolean): CitationCheckReport {
  const resolved = references.filter((reference) => reference.status === 'resolved').length;
  return { references, summary: { total: references.length, resolved, unknown: references.length - resolved, unattributed, truncated } };
}

function checkReference(
  snapshot: CorpusSnapshot,
  citation: ParsedCitation,
  target: CitationTarget,
  documents: LawDocument[],
  sections: Map<string, LoadedSection | null>,
): CheckedReference {
  const base = {
    text: citation.text, start: citation.start, end: citation.end, unit: citation.unit,
    number: target.number, paragraph: target.paragraph, sentence: target.sentence, item: target.item,
  };
  const [firstDocument] = documents;
  if (!firstDocument) return { ...base, law: citation.law?.name ?? '', status: 'unknown-law', missing: null, passage: null };
  for (const document of documents) {
    // Section labels follow ingest's labelHeading: "§ 41 VwVfG", "Art. 19 GG".
    const label = `${citation.unit} ${target.number} ${document.law}`;
    const key = `${document.id}\u0000${label}`;
    if (!sections.has(key)) sections.set(key, loadSection(snapshot, document, label));
    const section = sections.get(key);
    if (!section) continue;
    const location = locateInSection(section, target);
    const passage = toPassage(snapshot, document, section.chunks, location.start, location.end);
    return { ...base, law: document.law, status: location.missing ? 'unknown-paragraph' : 'resolved', missing: location.missing, passage };
  }
  return { ...base, law: firstDocument.law, status: 'unknown-section', missing: null, passage: null };
}

/**
 * The section's chunks as one text. A label can occur more than once when a wrapped body line
 * starts with "§ 5 Absatz …" and was taken for a heading; the run that opens with a real heading wins.
 */
function loadSection(snapshot: CorpusSnapshot, document: LawDocument, label: string): LoadedSection | null {
  const runs = snapshot.sections(document.id).get(label) ?? [];
  let best: { chunks: SectionChunk[]; score: number } | null = null;
  for (const run of runs) {
    const chunks = snapshot.queries.findChunks(document.id, run);
    const score = headingScore(chunks[0]);
    if (chunks.length > 0 && (!best || score > best.score)) best = { chunks, score };
  }
  return best ? { ...stitch(best.chunks), chunks: best.chunks } : null;
}

function headingScore(chunk: SectionChunk | undefined): number {
  if (!chunk) return -1;
  if (chunk.text.startsWith('#')) return 2;
  const title = (chunk.heading ?? '').replace(/^(?:§+|Artikel|Art\.?)\s*\d+[a-z]?\s*/, '');
  return /^(?:Abs\.|Absatz|Satz|Nr\.|Nummer|\p{Ll})/u.test(title) ? 0 : 1;
}

/** One text from consecutive chunks; the whitespace trimmed between them becomes line breaks, overlaps are skipped. */
function stitch(chunks: SectionChunk[]): SectionText {
  const start = chunks[0]?.start ?? 0;
  let text = '';
  let cursor = start;
  for (const chunk of chunks) {
    if (chunk.end <= cursor) continue;
    if (chunk.start > cursor) text += '\n'.repeat(chunk.start - cursor);
    text += chunk.text.slice(Math.max(0, cursor - chunk.start));
    cursor = chunk.end;
  }
  return { text, start };
}

function toPassage(snapshot: CorpusSnapshot, document: LawDocument, chunks: SectionChunk[], start: number, end: number): CitationPassage {
  // Chunks overlap: of those holding the start, the one reaching furthest cuts the quote least.
  const holding = chunks.filter((candidate) => start >= candidate.start && start < candidate.end);
  const chunk = holding.reduce<SectionChunk | undefined>((best, candidate) => (best && best.end >= candidate.end ? best : candidate), undefined) ?? chunks[0];
  if (!chunk) throw new Error('A section without chunks cannot be quoted');
  const from = Math.max(start, chunk.start);
  const to = Math.max(from, Math.min(end, chunk.end));
  const page = document.pageCount > 1 ? snapshot.queries.findPageAt(document.id, from) ?? chunk.page : chunk.page;
  return {
    documentId: document.id, title: document.title, chunkId: chunk.id, section: chunk.section, page,
    start: from, end: to, quote: chunk.text.slice(from - chunk.start, to - chunk.start),
  };
}
