/** A heading-delimited span of a document's extracted text. Chunks never cross its bounds. */
export interface Section {
  /** Short citable label: `§ 41 VwVfG`, `Art. 19 GG`, or the heading text. Null before the first heading. */
  label: string | null;
  /** The heading line as written, without Markdown markers. */
  heading: string | null;
  start: number;
  end: number;
}

const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(.+?)[ \t#]*$/;
// A norm heading in plain text or PDF output: "§ 41 Bekanntgabe …", "Art. 19", "Artikel 3".
const NORM_HEADING = /^[ \t]*((?:§{1,2}|Art\.|Artikel)[ \t]*\d+[a-z]?)\b(.{0,160})$/;
// A numbered heading in plain text ("4. Online-Terminvergabe", "2.1 Zuständigkeit"): short, capitalised,
// no closing punctuation, and standing alone between blank lines (so list items do not qualify).
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2})*\.?)[ \t]+(\p{Lu}[^\n]{1,78})$/u;
const NORM_LABEL = /^(?:(§{1,2})|(Art\.?|Artikel))[ \t]*(\d+[a-z]?)/;

/** Label a heading: norms get `§ N <law>` so that citations read like legal references. */
export function labelHeading(heading: string, lawAbbreviation: string | null): string {
  const norm = NORM_LABEL.exec(heading);
  if (!norm) return heading.length > 200 ? `${heading.slice(0, 199)}…` : heading;
  const prefix = norm[1] ? '§' : 'Art.';
  const suffix = lawAbbreviation ? ` ${lawAbbreviation}` : '';
  return `${prefix} ${norm[3]}${suffix}`;
}

/**
 * Splits `text[from, to)` at headings: Markdown headings of any level, and lines that open a
 * § or Art. norm; in plain text (`numberedHeadings`) also numbered lines standing alone. Markdown
 * is excluded from the latter because loose numbered lists in laws would split § sections, and
 * with `markdownHeadingsOnly` only Markdown headings count (wrapped lines of laws often start with "§").
 * Heading lines belong to the section they open.
 */
export function detectSections(
  text: string,
  lawAbbreviation: string | null,
  from = 0,
  to = text.length,
  options: { numberedHeadings?: boolean; markdownHeadingsOnly?: boolean } = {},
): Section[] {
  const sections: Section[] = [];
  let current: Section = { label: null, heading: null, start: from, end: to };
  let lineStart = from;
  while (lineStart < to) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > to ? to : newline;
    const heading = headingOf(text.slice(lineStart, lineEnd), options.markdownHeadingsOnly ?? false)
      ?? (options.numberedHeadings ? numberedHeadingOf(text, lineStart, lineEnd, from, to) : null);
    if (heading !== null) {
      current.end = lineStart;
      sections.push(current);
      current = { label: labelHeading(heading, lawAbbreviation), heading, start: lineStart, end: to };
    }
    lineStart = lineEnd + 1;
  }
  current.end = to;
  sections.push(current);
  return sections.filter((section) => text.slice(section.start, section.end).trim().length > 0);
}

function numberedHeadingOf(text: string, lineStart: number, lineEnd: number, from: number, to: number): string | null {
  const line = text.slice(lineStart, lineEnd).trim();
  if (!NUMBERED_HEADING.test(line) || /[.,;:?!]$/.test(line)) return null;
  const previousStart = text.lastIndexOf('\n', lineStart - 2) + 1;
  const blankBefore = lineStart <= from || text.slice(Math.max(from, previousStart), lineStart).trim() === '';
  const nextEnd = text.indexOf('\n', lineEnd + 1);
  const blankAfter = lineEnd >= to || text.slice(lineEnd + 1, nextEnd === -1 ? to : Math.min(nextEnd, to)).trim() === '';
  return blankBefore && blankAfter ? line : null;
}

function headingOf(line: string, markdownOnly: boolean): string | null {
  const markdown = MARKDOWN_HEADING.exec(line);
  if (markdown?.[2]) return markdown[2].trim();
  // Markdown marks its headings: a body line that starts with "§ 5 Absatz 5 …" is a cross-reference.
  if (markdownOnly) return null;
  const norm = NORM_HEADING.exec(line);
  if (norm?.[1]) return line.trim();
  return null;
}
