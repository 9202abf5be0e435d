import { RecursiveCharacterTextSplitter } from '@langchain/textsplitters';
import { detectSections, type Section } from './detect-sections';

export interface ChunkingOptions {
  chunkSize: number;
  chunkOverlap: number;
}

export interface PageSpan {
  number: number;
  start: number;
  end: number;
}

/** A passage with its exact location: `text === documentText.slice(start, end)`. */
export interface DocumentChunk {
  ordinal: number;
  text: string;
  start: number;
  end: number;
  page: number;
  section: string | null;
  heading: string | null;
}

// Paragraph, then Absatz "(2)" and numbered items, then line, sentence and clause boundaries.
const GERMAN_SEPARATORS = ['\n\n', '\n(', '\n', '. ', '; ', ': ', ', ', ' ', ''];

/**
 * Structure-aware chunking: sections first (a chunk never straddles a § / Art. / Markdown
 * heading), then LangChain's recursive splitter inside each section. Offsets are recovered by
 * locating each piece in the source, so quotes are always verbatim.
 */
export async function chunkDocument(
  input: { text: string; pages: PageSpan[]; bodyStart: number; lawAbbreviation: string | null; numberedHeadings?: boolean; markdownHeadingsOnly?: boolean },
  options: ChunkingOptions,
): Promise<DocumentChunk[]> {
  const splitter = new RecursiveCharacterTextSplitter({
    chunkSize: options.chunkSize,
    chunkOverlap: options.chunkOverlap,
    separators: GERMAN_SEPARATORS,
    keepSeparator: true,
  });
  const chunks: DocumentChunk[] = [];
  for (const section of detectSections(input.text, input.lawAbbreviation, input.bodyStart, input.text.length, { numberedHeadings: input.numberedHeadings ?? false, markdownHeadingsOnly: input.markdownHeadingsOnly ?? false })) {
    for (const span of await splitSection(input.text, section, splitter)) {
      chunks.push({
        ordinal: chunks.length,
        text: input.text.slice(span.start, span.end),
        start: span.start,
        end: span.end,
        page: pageAt(input.pages, span.start),
        section: section.label,
        heading: section.heading,
      });
    }
  }
  return chunks;
}

async function splitSection(
  text: string,
  section: Section,
  splitter: RecursiveCharacterTextSplitter,
): Promise<Array<{ start: number; end: number }>> {
  const sectionText = text.slice(section.start, section.end);
  if (!hasBody(sectionText, section.heading)) return [];
  const pieces = await splitter.splitText(sectionText);
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const piece of pieces) {
    const trimmed = piece.trim();
    if (!trimmed) continue;
    const found = sectionText.indexOf(trimmed, cursor);
    if (found === -1) throw new Error('Chunk text could not be located in its section');
    spans.push({ start: section.start + found, end: section.start + found + trimmed.length });
    // Overlap can make a piece start where the previous one started: search from there, not after it.
    cursor = found;
  }
  return spans;
}

/**
 * A Markdown heading with nothing under it (e.g. "## Teil I" directly followed by
 * "### Abschnitt 1") is no passage; a norm line in plain text carries content and stays.
 */
function hasBody(sectionText: string, heading: string | null): boolean {
  const trimmed = sectionText.trim();
  if (heading === null || !trimmed.startsWith('#')) return trimmed.length > 0;
  const newline = trimmed.indexOf('\n');
  return newline !== -1 && trimmed.slice(newline).trim().length > 0;
}

export function pageAt(pages: PageSpan[], offset: number): number {
  for (const page of pages) {
    if (offset >= page.start && offset < page.end) return page.number;
  }
  // Offsets in the separator between pages belong to the following page.
  const next = pages.find((page) => page.start >= offset);
  return next?.number ?? pages[pages.length - 1]?.number ?? 1;
}
