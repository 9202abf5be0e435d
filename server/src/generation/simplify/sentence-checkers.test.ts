import path from 'node:path';
import { checkPlainLanguage, loadPlainLanguageRules, type PlainLanguageLevel } from '.';

const rules = loadPlainLanguageRules(path.resolve(__dirname, '../../../../rules'));

function ruleResult(level: PlainLanguageLevel, id: string, text: string) {
  const result = checkPlainLanguage(text, level, rules, { maxExamples: 50 }).rules.find((rule) => rule.id === id);
  if (result === undefined) throw new Error(`no rule ${id} for ${level}`);
  return result;
}

const flagged = (level: PlainLanguageLevel, id: string, text: string) => ruleResult(level, id, text).examples.map((example) => example.text);

describe('sentence-length (Leichte Sprache: at most 11 words, Einfache Sprache: 15)', () => {
  const eleven = 'Morgen wählen wir in der Stadt einen neuen Rat für alle.';
  const twelve = 'Morgen wählen wir in der Stadt einen neuen Rat für alle Menschen.';

  it('passes a sentence of exactly 11 words and flags one of 12 with its exact offsets', () => {
    expect(flagged('leicht', 'kurze-saetze', eleven)).toEqual([]);
    const text = `${eleven} ${twelve}`;
    const result = ruleResult('leicht', 'kurze-saetze', text);
    expect(result).toMatchObject({ checkedUnits: 2, violations: 1, affectedUnits: 1, rate: 0.5, passed: false });
    expect(result.examples[0]).toEqual({
      start: eleven.length + 1, end: text.length, text: twelve,
      hint: 'Der Satz hat 12 Wörter. Schreiben Sie kürzere Sätze mit höchstens 11 Wörtern.',
    });
  });

  it('allows the 12-word sentence in Einfache Sprache', () => {
    expect(flagged('einfach', 'kurze-saetze', twelve)).toEqual([]);
  });

  it('treats every line as its own unit, as Leichte Sprache puts one sentence per line', () => {
    const text = 'Das ist wichtig\nSie bekommen Geld vom Amt\nDas Geld kommt jeden Monat auf Ihr Konto';
    expect(ruleResult('leicht', 'kurze-saetze', text)).toMatchObject({ checkedUnits: 3, violations: 0 });
  });

  it('joins a hard-wrapped line that starts in lowercase to the sentence before it', () => {
    const text = 'Wir wählen in der Stadt einen neuen Rat für alle Menschen\nund alle Menschen dürfen an der Wahl teilnehmen.';
    expect(ruleResult('leicht', 'kurze-saetze', text)).toMatchObject({ checkedUnits: 1, violations: 1 });
  });
});

describe('one-statement', () => {
  it.each([
    ['Das Auto, welches rot ist, steht vor dem Haus.', 'welches'],
    ['Er lernt besser, indem er regelmäßig übt.', 'indem'],
    ['Er fragt, ob es schönes Wetter wird.', 'ob'],
    ['Er ist krank, sodass er nicht arbeiten kann.', 'sodass'],
    ['Wir kommen nicht, weil wir krank sind.', 'weil'],
    ['Das sind die Autos, mit denen wir fahren.', 'mit denen'],
    ['Ich gehe nach Hause und er bleibt hier.', 'und'],
    ['Der Busch brennt, aber der Busch bleibt heil.', 'aber'],
    ['Als ich nach Hause kam, war es dunkel.', 'als'],
  ])('flags "%s" (marker: %s) in Leichte Sprache', (sentence, marker) => {
    const result = ruleResult('leicht', 'eine-aussage', sentence);
    expect(result.examples).toHaveLength(1);
    expect(result.examples[0]?.hint).toBe(`Der Satz enthält etwa 2 Aussagen (${marker}). Schreiben Sie eine Aussage pro Satz.`);
  });

  it.each([
    'Das Auto ist rot. Das Auto steht vor dem Haus.',
    'Wir kaufen Äpfel und Birnen.',
    'Er ist größer als ich.',
    'Da sprach Gott zu den Menschen.',
    'Vielleicht kommt Anna zu spät. Dann verpasst sie den Zug.',
  ])('does not flag "%s"', (text) => {
    expect(flagged('leicht', 'eine-aussage', text)).toEqual([]);
  });

  it('allows one subordinate clause in Einfache Sprache but not two', () => {
    const one = 'Wenn Anna zu spät kommt, verpasst sie den Zug.';
    const two = 'Wenn Anna zu spät kommt, verpasst sie den Zug, weil er pünktlich fährt.';
    expect(flagged('leicht', 'eine-aussage', one)).toEqual([one]);
    expect(flagged('einfach', 'eine-aussage', one)).toEqual([]);
    expect(flagged('einfach', 'eine-aussage', two)).toEqual([two]);
  });

  it('counts semicolons as clause boundaries', () => {
    expect(flagged('leicht', 'eine-aussage', 'Anna kommt; Peter geht.')).toEqual(['Anna kommt; Peter geht.']);
  });
});
