import type { ExtractedPage } from './types';

const SOFT_HYPHEN = /\u00AD/g;
/** C0/C1 controls except tab/newline: PDF fonts map bullets and spaces to them; a space keeps words apart. */
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const TRAILING_BLANKS = /[ \t\u00A0]+$/gm;
const SPACE_RUNS = / {2,}/g;
const SPACES_AROUND_TAB = / *\t[ \t]*/g;
const EXCESS_NEWLINES = /\n{3,}/g;
/**
 * "Verwal-\ntung" → "Verwaltung", but only lowercase on both sides (keeps "E-\nMail", "§ 3-\n5")
 * and not before a conjunction, where the hyphen is an ellipsis ("Kranken-\nund Pflegeversicherung").
 */
const LINE_BREAK_HYPHEN = /(\p{Ll})-[ \t]*\n[ \t]*(?!(?:und|oder|bzw|sowie|bis)\b)(?=\p{Ll})/gu;

/** Separator between pages in the joined document text. */
export const PAGE_SEPARATOR = '\n\n';

/** Unifies line endings and Unicode composition; all extractors start from this. */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

/**
 * Moderate clean-up for text from layout formats (PDF, HTML): NFC, no soft hyphens or control
 * characters, no trailing blanks, single spaces, at most one empty line, words re-joined across
 * line-break hyphens, trimmed. Tabs (table cells) are kept.
 */
export function normalizeLayoutText(text: string): string {
  return normalizeLineEndings(text)
    .replace(SOFT_HYPHEN, '')
    .replace(CONTROL_CHARS, ' ')
    .replace(SPACES_AROUND_TAB, '\t')
    .replace(SPACE_RUNS, ' ')
    .replace(TRAILING_BLANKS, '')
    .replace(LINE_BREAK_HYPHEN, '$1')
    .replace(EXCESS_NEWLINES, '\n\n')
    .trim();
}

/**
 * Joins page texts with {@link PAGE_SEPARATOR} and records where each page lies, so that
 * `text.slice(page.start, page.end)` is exactly that page's text. Empty pages get an empty range
 * and add no separator, so blank pages never create runs of newlines.
 */
export function joinPages(pageTexts: readonly string[]): { text: string; pages: ExtractedPage[] } {
  const pages: ExtractedPage[] = [];
  let text = '';
  pageTexts.forEach((pageText, index) => {
    if (pageText.length > 0 && text.length > 0) text += PAGE_SEPARATOR;
    const start = text.length;
    text += pageText;
    pages.push({ number: index + 1, start, end: text.length });
  });
  return { text, pages };
}
