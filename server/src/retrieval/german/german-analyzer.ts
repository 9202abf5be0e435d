import { BoundedCache } from './bounded-cache';
import { createCompoundSplitter, type CompoundSplitter } from './compound-splitter';
import { foldWord, isGermanAlpha, mapUmlautDigraphs, stripFeminineSuffix, toAsciiTerm } from './german-fold';
import { createGermanStemmer, type StemFunction } from './german-stemmer';
import { GERMAN_STOP_WORDS } from './german-stop-words';
import { forEachToken } from './german-tokenizer';
import { parseReference, referenceMarker } from './legal-references';
import { defaultGermanLexicon } from './lexicon';

/** Turns German text into search terms. Index and query must go through the same options, or terms drift apart. */
export interface GermanAnalyzer {
  /** Terms for indexing or querying: lowercase ASCII [a-z0-9]+ only, safe to put into an FTS5 column/query. Order follows the text; compound parts follow their compound. */
  analyze(text: string): string[];
}

/** Options of {@link createGermanAnalyzer}. */
export interface GermanAnalyzerOptions {
  /** Also emit the stems of compound parts after the compound's own stem (default true). */
  decompound?: boolean;
  /** Drop articles, pronouns, auxiliaries and frequent prepositions; never negations (default true). */
  stopWords?: boolean;
}

const HYPHEN = /[-\u2010\u2011]/;
// Soft hyphens and zero-width characters split words invisibly in PDFs and HTML.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const DIGITS = /^\d+$/;
const SECTION_SIGN = 0xa7;
// "VwVfG", "BauGB", "AufenthG": inner capitals mark an abbreviation, which must not be decompounded.
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const UPPER_INITIAL = /^\p{Lu}/u;
// Gender markers split a word: "Bürger*innen", "Bürger:innen", "Bürger_innen", "Bürger/-innen".
const GENDER_MARK = /[*:_/·-]/;
const CACHE_SIZE = 200_000;
const EMPTY: readonly string[] = [];

/** True for the "innen" of "Bürger*innen": the word before it already carries the meaning. */
function isGenderSuffix(token: string, text: string, index: number): boolean {
  return (token === 'innen' || token === 'Innen') && index > 0 && GENDER_MARK.test(text.charAt(index - 1));
}

/**
 * Creates a German analyzer: case and umlaut folding (ß→ss, ä=ae), Snowball stemming,
 * lexicon-based decompounding, legal reference terms ("p41", "art19", "abs4") and a stop list that
 * keeps negations. Analysis results are memoised per token in a bounded cache.
 */
export function createGermanAnalyzer(options?: GermanAnalyzerOptions): GermanAnalyzer {
  const decompound = options?.decompound ?? true;
  const stopWords = options?.stopWords ?? true;
  const stem: StemFunction = createGermanStemmer(CACHE_SIZE);
  const splitter: CompoundSplitter | undefined = decompound ? createCompoundSplitter(defaultGermanLexicon()) : undefined;
  const tokenCache = new BoundedCache<string, readonly string[]>(CACHE_SIZE);

  /** Terms of one hyphen-free word, in output order. */
  function analyzeWord(raw: string): string[] {
    const folded = foldWord(raw);
    if (DIGITS.test(folded)) return [folded.replace(/^0+(?=\d)/, '')];
    if (/\d/.test(folded)) return [toAsciiTerm(folded)];
    if (stopWords && GERMAN_STOP_WORDS.has(mapUmlautDigraphs(folded))) return [];
    // Single letters ("z. B.", list markers) carry no meaning for retrieval.
    if (folded.length < 2) return [];
    const word = stripFeminineSuffix(folded);
    const mapped = mapUmlautDigraphs(word);
    const full = stem(mapped);
    const terms = full.length > 0 ? [full] : [];
    if (splitter !== undefined && !INNER_CAPITAL.test(raw)) {
      const parts = splitter.split(word, UPPER_INITIAL.test(raw));
      if (parts !== null) {
        for (const part of parts) {
          const partStem = stem(mapUmlautDigraphs(part));
          if (partStem.length > 0 && partStem !== full) terms.push(partStem);
        }
      }
    }
    return terms;
  }

  /** Terms of one token; a hyphenated chain yields its joined form first, then each part's terms. */
  function analyzeToken(token: string): readonly string[] {
    const cached = tokenCache.get(token);
    if (cached !== undefined) return cached;
    let terms: string[];
    if (!HYPHEN.test(token)) {
      terms = analyzeWord(token);
    } else {
      const pieces = token.split(HYPHEN);
      terms = [];
      const joined = pieces.map(foldWord).join('');
      // The joined form makes "Widerspruchs-Frist" meet "Widerspruchsfrist"; digit-only chains
      // ("2025-2026") are ranges, not words.
      if (!DIGITS.test(joined)) {
        const joinedTerm = isGermanAlpha(joined) ? stem(mapUmlautDigraphs(joined)) : toAsciiTerm(joined);
        if (joinedTerm.length > 0) terms.push(joinedTerm);
      }
      for (const piece of pieces) {
        for (const term of analyzeWord(piece)) if (term !== terms[0]) terms.push(term);
      }
    }
    const result = terms.length > 0 ? terms : EMPTY;
    tokenCache.set(token, result);
    return result;
  }

  return {
    analyze(text: string): string[] {
      const out: string[] = [];
      const clean = text.replace(INVISIBLE, '');
      forEachToken(clean, (token, start, end) => {
        const marker = token.charCodeAt(0) === SECTION_SIGN ? 'p' : referenceMarker(token);
        if (marker !== undefined) {
          const after = parseReference(clean, end, marker, token === '§§', out);
          if (after >= 0) return after;
        }
        // A bare "§" without a number carries nothing searchable.
        if (token.charCodeAt(0) === SECTION_SIGN || isGenderSuffix(token, clean, start)) return end;
        for (const term of analyzeToken(token)) out.push(term);
        return end;
      });
      return out;
    },
  };
}
