/**
 * Reads the light structure of generated text (what models and templates actually produce)
 * into blocks, independent of any DOCX library: blank lines separate paragraphs, "# " to
 * "### " are headings, "- ", "* " and "• " start bullets (indented ones are nested), and
 * "1.", "2)" or "a)" start enumerated items whose marker is kept verbatim because legal
 * numbering (Tenor items, Anlagen) must survive exactly as written.
 */
export type TextBlock =
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; lines: string[] }
  | { type: 'bullets'; items: BulletItem[] }
  | { type: 'enumerated'; marker: string; text: string };

export interface BulletItem {
  level: 0 | 1;
  text: string;
}

export interface InlineRun {
  text: string;
  bold: boolean;
}

const HEADING = /^(#{1,3})\s+(.+)$/;
const BULLET = /^(\s*)[-*•]\s+(.+)$/;
const ENUMERATED = /^(\d{1,3}[.)]|[a-z]\))\s+(.+)$/;

export function parseTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let open: TextBlock | null = null;
  const close = () => {
    if (open) blocks.push(open);
    open = null;
  };
  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      close();
      continue;
    }
    const heading = HEADING.exec(line);
    const bullet = BULLET.exec(line);
    const enumerated = ENUMERATED.exec(line.trimStart());
    if (heading?.[1] && heading[2]) {
      close();
      blocks.push({ type: 'heading', level: heading[1].length as 1 | 2 | 3, text: heading[2].trim() });
    } else if (bullet?.[2] !== undefined) {
      const item: BulletItem = { level: (bullet[1] ?? '').length >= 2 ? 1 : 0, text: bullet[2].trim() };
      const current: TextBlock | null = open;
      if (current?.type === 'bullets') current.items.push(item);
      else {
        close();
        open = { type: 'bullets', items: [item] };
      }
    } else if (enumerated?.[1] && enumerated[2]) {
      close();
      blocks.push({ type: 'enumerated', marker: enumerated[1], text: enumerated[2].trim() });
    } else {
      const current: TextBlock | null = open;
      if (current?.type === 'paragraph') current.lines.push(line.trim());
      else if (current?.type === 'bullets' && /^\s/.test(line)) appendToLastItem(current.items, line.trim());
      else {
        close();
        open = { type: 'paragraph', lines: [line.trim()] };
      }
    }
  }
  close();
  return blocks;
}

function appendToLastItem(items: BulletItem[], continuation: string): void {
  const last = items[items.length - 1];
  if (last) last.text = `${last.text} ${continuation}`;
}

/** Splits "**bold**" spans out of a line; an unpaired "**" stays literal text. */
export function parseInlineRuns(line: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const pattern = /\*\*(.+?)\*\*/g;
  let position = 0;
  for (let match = pattern.exec(line); match; match = pattern.exec(line)) {
    if (match.index > position) runs.push({ text: line.slice(position, match.index), bold: false });
    runs.push({ text: match[1] ?? '', bold: true });
    position = match.index + match[0].length;
  }
  if (position < line.length) runs.push({ text: line.slice(position), bold: false });
  return runs;
}
