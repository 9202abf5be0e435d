import { BoundedCache } from './bounded-cache';
import { createCompoundSplitter } from './compound-splitter';
import { foldWord } from './german-fold';
import { buildGermanLexicon } from './german-lexicon';
import { GERMAN_STOP_WORDS } from './german-stop-words';
import { defaultGermanLexicon } from './lexicon';

describe('createCompoundSplitter with an injected lexicon', () => {
  const lexicon = buildGermanLexicon(['haus', 'tür', 'schlüssel', 'bund', 'gericht', 'wohn-', 'geld', 'größe', 'angabe', 'amt',
    'auto', 'bau', 'erlaubnis']);
  const splitter = createCompoundSplitter(lexicon);

  it.each([
    ['haustür', ['haus', 'tür']],
    ['haustürschlüssel', ['haus', 'tür', 'schlüssel']],
    ['bundesgericht', ['bund', 'gericht']],
    ['bundesgerichten', ['bund', 'gerichten']],
    ['wohngeld', ['wohn', 'geld']],
    ['groessenangabe', ['groesse', 'angabe']],
    ['autoerlaubnis', ['auto', 'erlaubnis']],
    ['bauerlaubnis', ['bau', 'erlaubnis']],
  ])('%s → %j', (word, parts) => {
    expect(splitter.split(word)).toEqual(parts);
  });

  it('returns null for lexicon words, unknown words and modifier-only heads', () => {
    expect(splitter.split('schlüssel')).toBeNull();
    expect(splitter.split('haustürx')).toBeNull();
    expect(splitter.split('geldwohn')).toBeNull();
  });

  it('explains a long known tail only when partial splits are allowed', () => {
    expect(splitter.split('zwischengericht')).toEqual(['gericht']);
    expect(splitter.split('zwischengericht', false)).toBeNull();
    // A short tail after an unknown prefix is not enough evidence.
    expect(splitter.split('zwischenamt')).toBeNull();
  });

  it('prefers the fewest parts', () => {
    const splitterWithWider = createCompoundSplitter(buildGermanLexicon(['wider', 'spruch', 'widerspruch', 'frist']));
    expect(splitterWithWider.split('widerspruchsfrist')).toEqual(['widerspruch', 'frist']);
    expect(splitterWithWider.split('widerspruch')).toBeNull();
  });

  it('respects the minimum part length', () => {
    const strict = createCompoundSplitter(lexicon, { minPartLength: 4 });
    expect(strict.split('haustür')).toBeNull();
  });
});

describe('default lexicon', () => {
  const { words, modifiers } = defaultGermanLexicon();

  it('holds several thousand entries', () => {
    expect(words.size + modifiers.size).toBeGreaterThan(2500);
  });

  it('contains no stop words or prepositions, which would cut derivations ("Unter|lage")', () => {
    const forbidden = ['aus', 'ein', 'vor', 'nach', 'unter', 'über', 'gegen', 'durch', 'mit', 'bei', 'auf', 'wider', 'zug'];
    for (const word of [...forbidden, ...GERMAN_STOP_WORDS]) {
      expect(words.has(word)).toBe(false);
      expect(modifiers.has(word)).toBe(false);
    }
  });

  it('stores folded entries', () => {
    for (const word of words) expect(foldWord(word)).toBe(word);
  });
});

describe('BoundedCache', () => {
  it('evicts the oldest entry when full', () => {
    const cache = new BoundedCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('c', 3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
    expect(cache.size).toBe(2);
  });

  it('rejects a non-positive size', () => {
    expect(() => new BoundedCache<string, number>(0)).toThrow(RangeError);
  });
});
