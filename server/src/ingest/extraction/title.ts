/** Longest title we store; longer candidates are cut at a word boundary. */
export const MAX_TITLE_LENGTH = 120;

const MARKDOWN_H1 = /^#[ \t]+(.+?)[ \t#]*$/m;
/** Names that describe the file or the container, not the document (seen in real PDF metadata). */
const GENERIC_TITLE = /^(?:tmp|temp|untitled|unbenannt|dokument|document|microsoft (?:word|excel|powerpoint)|bundesgesetzblatt)\b/i;
const FILE_NAME_LIKE = /\.(?:pdf|docx?|rtf|odt|indd|eps|ps|qxd|tmp|xlsx?|pptx?)\b|_/i;

/** Collapses whitespace and cuts to {@link MAX_TITLE_LENGTH}; null when nothing is left. */
export function cleanTitle(raw: string | null | undefined): string | null {
  const title = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (title.length === 0) return null;
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > MAX_TITLE_LENGTH / 2 ? cut.slice(0, lastSpace) : cut}…`;
}

/**
 * First line that contains a real word (three letters in a row), so stray page numbers
 * or letter-spaced banners ("- A l l g e m e i n e -") are skipped; null if there is none.
 */
export function firstLineTitle(text: string): string | null {
  for (const line of text.split('\n')) {
    if (/\p{L}{3,}/u.test(line)) return cleanTitle(line.replace(/^#{1,6}[ \t]+/, ''));
  }
  return null;
}

/** The first "# " heading of Markdown text, else its first line. */
export function markdownTitle(text: string): string | null {
  const heading = MARKDOWN_H1.exec(text)?.[1];
  return (heading === undefined ? null : cleanTitle(heading)) ?? firstLineTitle(text);
}

/**
 * PDF Info titles are often file names or job ids ("783980.pdf", "tmp-5896", "803588_01",
 * "bgbl114027 785..872"); accept only titles that read like words.
 */
export function meaningfulPdfTitle(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const title = cleanTitle(raw.normalize('NFC'));
  if (title === null || GENERIC_TITLE.test(title) || FILE_NAME_LIKE.test(title)) return null;
  const nonSpace = title.replace(/\s/g, '');
  const letters = nonSpace.match(/\p{L}/gu)?.length ?? 0;
  return /\p{L}{3,}/u.test(title) && letters / nonSpace.length >= 0.6 ? title : null;
}
