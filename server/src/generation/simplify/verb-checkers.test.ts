import path from 'node:path';
import { checkPlainLanguage, loadPlainLanguageRules, type PlainLanguageLevel } from '.';

const rules = loadPlainLanguageRules(path.resolve(__dirname, '../../../../rules'));

const flagged = (level: PlainLanguageLevel, id: string, text: string) =>
  checkPlainLanguage(text, level, rules, { maxExamples: 50 }).rules.find((rule) => rule.id === id)?.examples.map((example) => example.text);

describe('passive-voice', () => {
  it.each([
    ['Morgen wird der Stadt-Rat gewählt.', 'wird der Stadt-Rat gewählt'],
    ['Der Antrag wird vom Amt geprüft.', 'wird vom Amt geprüft'],
    ['Die Gebühr wurde gestern bezahlt.', 'wurde gestern bezahlt'],
    ['Ihr Antrag wird bearbeitet.', 'wird bearbeitet'],
    ['Die Unterlagen müssen eingereicht werden.', 'eingereicht werden'],
    ['Der Bescheid ist Ihnen zugestellt worden.', 'zugestellt worden'],
    ['Der Vertrag wurde unterschrieben.', 'wurde unterschrieben'],
    ['Die Daten werden kontrolliert.', 'werden kontrolliert'],
    ['Die Frist würde verlängert.', 'würde verlängert'],
  ])('flags "%s" as "%s"', (sentence, phrase) => {
    expect(flagged('leicht', 'aktiv', sentence)).toEqual([phrase]);
  });

  it('finds the participle before the auxiliary in a subordinate clause and keeps clauses apart', () => {
    const text = 'Wir melden uns, wenn das Formular geprüft wurde.';
    expect(flagged('leicht', 'aktiv', text)).toEqual(['geprüft wurde']);
    // "gestellt" belongs to the first clause; "wird" stands alone in the second.
    expect(flagged('leicht', 'aktiv', 'Sie haben den Antrag gestellt, dann wird es Zeit.')).toEqual([]);
  });

  it('flags "worden" even without a recognisable participle', () => {
    expect(flagged('leicht', 'aktiv', 'Das ist so worden.')).toEqual(['worden']);
  });

  it.each([
    'Das Restaurant ist geschlossen.',
    'Ich werde morgen kommen.',
    'Das Wetter wird besser.',
    'Er wird Arzt.',
    'Sie werden die gestellten Fragen beantworten.',
    'Das Gesetz wird ab Januar gelten.',
    'Wir werden Ihnen das Geld überweisen.',
    'Das wird bekannt.',
  ])('does not flag "%s" (Zustandspassiv, Futur, werden + adjective or noun)', (sentence) => {
    expect(flagged('leicht', 'aktiv', sentence)).toEqual([]);
  });

  it('reports each passive once and counts the sentence once', () => {
    const text = 'Der Antrag wurde geprüft und die Gebühr wurde bezahlt. Wir danken Ihnen.';
    const result = checkPlainLanguage(text, 'leicht', rules).rules.find((rule) => rule.id === 'aktiv');
    expect(result).toMatchObject({ violations: 2, affectedUnits: 1, checkedUnits: 2, rate: 0.5 });
    expect(result?.examples.map((example) => example.hint)).toEqual([
      'Passiv „wurde geprüft“: Schreiben Sie aktiv und sagen Sie, wer etwas tut.',
      'Passiv „wurde bezahlt“: Schreiben Sie aktiv und sagen Sie, wer etwas tut.',
    ]);
  });
});

describe('subjunctive', () => {
  it('flags Konjunktiv II in Leichte Sprache but allows everyday forms in Einfache Sprache', () => {
    expect(flagged('leicht', 'kein-konjunktiv', 'Morgen könnte es regnen.')).toEqual(['könnte']);
    expect(flagged('leicht', 'kein-konjunktiv', 'Das wäre schön.')).toEqual(['wäre']);
    expect(flagged('einfach', 'wenig-konjunktiv', 'Morgen könnte es regnen. Das wäre schön.')).toEqual([]);
  });

  it('flags Konjunktiv I of indirect speech on both levels', () => {
    expect(flagged('leicht', 'kein-konjunktiv', 'Er sagt, er sei krank.')).toEqual(['sei']);
    expect(flagged('einfach', 'wenig-konjunktiv', 'Er sagt, er sei krank.')).toEqual(['sei']);
  });

  it('does not flag the indicative, "möchte" or "sollte"', () => {
    expect(flagged('leicht', 'kein-konjunktiv', 'Morgen regnet es vielleicht. Ich möchte einen Termin. Sie sollten kommen.')).toEqual([]);
  });
});
