import type { Span } from './span';

/**
 * Forms pasted from tables arrive as tab-separated lines: a header row ("Name⇥Vorname⇥Geburtsdatum")
 * followed by value rows. Returns the cells of the value rows under headers matching `header`.
 */
export function tableCellsUnder(text: string, header: RegExp): Span[] {
  const spans: Span[] = [];
  const lines: Array<{ start: number; content: string }> = [];
  let start = 0;
  for (const content of text.split('\n')) {
    lines.push({ start, content });
    start += content.length + 1;
  }
  for (let index = 0; index < lines.length - 1; index += 1) {
    const headers = (lines[index] as { content: string }).content.split('\t').map((cell) => cell.trim());
    if (headers.length < 2 || !headers.some((cell) => header.test(cell))) continue;
    for (let row = index + 1; row < lines.length; row += 1) {
      const line = lines[row] as { start: number; content: string };
      if (!line.content.includes('\t')) break;
      let offset = line.start;
      line.content.split('\t').forEach((cell, column) => {
        const trimmedStart = cell.length - cell.trimStart().length;
        const value = cell.trim();
        if (value && header.test(headers[column] ?? '')) spans.push({ start: offset + trimmedStart, end: offset + trimmedStart + value.length });
        offset += cell.length + 1;
      });
    }
  }
  return spans;
}
