/** A half-open character range [start, end) in the text a detector scanned. */
export interface Span {
  start: number;
  end: number;
}

/** Letters or digits directly next to a match mean it is part of a longer token. */
export const WORD_CHARACTER = /[\p{L}\p{N}]/u;

export const isWordCharacter = (character: string | undefined): boolean =>
  character !== undefined && WORD_CHARACTER.test(character);

/** The up to `length` characters before `index` on the same line. */
export function lineBefore(text: string, index: number, length: number): string {
  const before = text.slice(Math.max(0, index - length), index);
  const newline = before.lastIndexOf('\n');
  return newline === -1 ? before : before.slice(newline + 1);
}
