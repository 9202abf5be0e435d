/**
 * Hand-written scanner: a Unicode-property regex with one match object per token dominated the
 * profile on 10 MB inputs, so characters are classified through a lazily filled lookup table.
 */

const UNKNOWN = 0;
const WORD = 1;
const OTHER = 2;
// One entry per UTF-16 code unit; surrogate pairs are classified through codePointAt.
const classes = new Uint8Array(0x10000);
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SECTION_SIGN = 0xa7;
const HYPHENS = new Set([0x2d, 0x2010, 0x2011]);

function classify(code: number): number {
  let cls = classes[code] ?? OTHER;
  if (cls === UNKNOWN) {
    cls = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : OTHER;
    classes[code] = cls;
  }
  return cls;
}

/** Length in code units of the word character at `index`, or 0 when it is not one. */
function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff) {
    const point = text.codePointAt(index) ?? 0;
    return point > 0xffff && WORD_CHAR.test(String.fromCodePoint(point)) ? 2 : 0;
  }
  return classify(code) === WORD ? 1 : 0;
}

/**
 * Receives each token ("§", "§§", or a word run possibly chained by hyphens such as
 * "Widerspruchs-Frist") with its end offset; returns where scanning continues, which lets the
 * caller consume a following citation like " 41 Abs. 2".
 */
export type TokenVisitor = (token: string, start: number, end: number) => number;

/** Calls `visit` for every token of `text` in order. */
export function forEachToken(text: string, visit: TokenVisitor): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (text.charCodeAt(i) === SECTION_SIGN) {
      const end = text.charCodeAt(i + 1) === SECTION_SIGN ? i + 2 : i + 1;
      i = Math.max(end, visit(text.slice(i, end), i, end));
      continue;
    }
    let step = wordCharLength(text, i);
    if (step === 0) {
      i += 1;
      continue;
    }
    let j = i + step;
    for (;;) {
      step = wordCharLength(text, j);
      if (step > 0) {
        j += step;
      } else if (j + 1 < n && HYPHENS.has(text.charCodeAt(j)) && wordCharLength(text, j + 1) > 0) {
        j += 1;
      } else {
        break;
      }
    }
    i = Math.max(j, visit(text.slice(i, j), i, j));
  }
}
