import { Writable } from 'node:stream';
import { inspect } from 'node:util';
import fc from 'fast-check';
import { createLogger } from '../platform/logger';
import {
  DEFAULT_PSEUDONYMIZATION_SETTINGS, Pseudonymizer, parsePseudonymizationSettings, pseudonymize, restore,
  type PseudonymizationSettings,
} from './index';

const LETTER = `Sehr geehrte Frau Dr. Müller,

Ihre IBAN DE89 3704 0044 0532 0130 00 ist vermerkt. Frau Müller erreichen Sie unter 040 123456-78.
Die Erstattung geht ebenfalls an DE89 3704 0044 0532 0130 00.

Mit freundlichen Grüßen
Petra Schulz`;

describe('pseudonymize', () => {
  it('replaces personal data with numbered placeholders and restores the original', () => {
    const result = pseudonymize(LETTER);
    expect(result.text).toBe(`Sehr geehrte Frau Dr. [PERSON_1],

Ihre IBAN [IBAN_1] ist vermerkt. Frau [PERSON_1] erreichen Sie unter [TELEFON_1].
Die Erstattung geht ebenfalls an [IBAN_1].

Mit freundlichen Grüßen
[PERSON_2]`);
    expect(result.mapping.get('[PERSON_1]')).toBe('Müller');
    expect(result.mapping.get('[PERSON_2]')).toBe('Petra Schulz');
    expect(result.mapping.size).toBe(4);
    expect(restore(result.text, result.mapping)).toBe(LETTER);
  });

  it('reports findings as positions in the original text, without the values', () => {
    const { findings } = pseudonymize('Tel. 040 123456-78');
    expect(findings).toEqual([{ type: 'phone', start: 5, end: 18 }]);
  });

  it('resolves overlaps deterministically: the checksum-validated IBAN beats the phone-shaped part of it', () => {
    const text = 'Konto: DE02 1203 0000 0000 2020 51';
    expect(pseudonymize(text).findings).toEqual([{ type: 'iban', start: 7, end: 34 }]);
  });

  it('does nothing when disabled, and only the configured types otherwise', () => {
    const disabled: PseudonymizationSettings = { ...DEFAULT_PSEUDONYMIZATION_SETTINGS, enabled: false };
    expect(pseudonymize(LETTER, disabled)).toMatchObject({ text: LETTER, findings: [] });
    const onlyIban = parsePseudonymizationSettings({ types: 'iban' });
    expect(pseudonymize(LETTER, onlyIban).findings.map((finding) => finding.type)).toEqual(['iban', 'iban']);
  });

  it('leaves allowlisted values visible', () => {
    const settings = parsePseudonymizationSettings({ allowlist: 'Poststelle@Musterhaven.de; Rathausmarkt 1, 20095 Hamburg' });
    const text = 'Post an poststelle@musterhaven.de, Rathausmarkt 1, 20095 Hamburg; privat an max@example.de';
    expect(pseudonymize(text, settings).text).toBe('Post an poststelle@musterhaven.de, Rathausmarkt 1, 20095 Hamburg; privat an [EMAIL_1]');
  });

  it('flags configured Aktenzeichen', () => {
    const settings = parsePseudonymizationSettings({ caseReferencePatterns: String.raw`\b\d{2}\.\d{2}-\d{4}/\d{4}\b` });
    expect(pseudonymize('Az. 32.11-0815/2024 vom 12.03.2024', settings).text).toBe('Az. [AKTENZEICHEN_1] vom 12.03.2024');
  });
});

describe('Pseudonymizer (one per request)', () => {
  it('shares placeholders across the parts of a request', () => {
    const pseudonymizer = new Pseudonymizer();
    const first = pseudonymizer.apply('Herr Max Mustermann, max@example.de');
    const second = pseudonymizer.apply('Bitte schreiben Sie Max Mustermann an max@example.de.');
    expect(first.text).toBe('Herr [PERSON_1], [EMAIL_1]');
    expect(second.text).toBe('Bitte schreiben Sie [PERSON_1] an [EMAIL_1].');
  });

  it('recognises a surname learned in one part when it stands alone in a later part', () => {
    const pseudonymizer = new Pseudonymizer();
    pseudonymizer.apply('Sehr geehrte Frau Yılmaz-Schmidt,');
    expect(pseudonymizer.apply('Yılmaz-Schmidt hat angerufen.').text).toBe('[PERSON_1] hat angerufen.');
  });

  it('applyAll learns names from all parts first, so an earlier part benefits from a later one', () => {
    const [question, context] = new Pseudonymizer().applyAll(['Was schrieb Kowalczyk?', 'Brief von Herrn Kowalczyk']);
    expect(question?.text).toBe('Was schrieb [PERSON_1]?');
    expect(context?.text).toBe('Brief von Herrn [PERSON_1]');
  });

  it('never hands out a placeholder that already stands in the input', () => {
    const pseudonymizer = new Pseudonymizer();
    const result = pseudonymizer.apply('Vorlage: [PERSON_1] schreibt an Herrn Schulte.');
    expect(result.text).toBe('Vorlage: [PERSON_1] schreibt an Herrn [PERSON_2].');
    expect(restore(result.text, pseudonymizer.mapping)).toBe('Vorlage: [PERSON_1] schreibt an Herrn Schulte.');
  });
});

describe('the mapping never reaches logs', () => {
  it('hides its values from JSON, util.inspect and pino', () => {
    const { mapping, findings } = pseudonymize(LETTER);
    expect(JSON.stringify({ mapping, findings })).not.toMatch(/Müller|Schulz|DE89|040/);
    expect(inspect(mapping)).toBe('PseudonymMapping { size: 4 }');
    const lines: string[] = [];
    const destination = new Writable({ write(chunk: Buffer, _encoding, callback) { lines.push(chunk.toString()); callback(); } });
    createLogger('info', destination).info({ mapping, findings }, 'pseudonymised');
    expect(lines.join('')).toContain('"msg":"pseudonymised"');
    expect(lines.join('')).not.toMatch(/Müller|Schulz|DE89/);
  });
});

// Fragments of realistic text, personal data among them; any concatenation must survive the round trip.
const FRAGMENTS = [
  'Sehr geehrte Frau Dr. Müller,\n', 'Herrn\nMax Mustermann\nMusterstraße 12a\n20095 Hamburg\n', 'IBAN DE89 3704 0044 0532 0130 00 ',
  'Tel. 040 123456-78 ', 'Steuer-ID 86 095 742 719. ', 'SV-Nr. 15 070649 C 103 ', 'Kennzeichen HH-AB 1234 ', 'geb. 12.03.1985 ',
  'Bescheid vom 01.02.2024 über 1.234,56 € ', '§ 41 Abs. 2 VwVfG ', 'max@example.de ', 'Ausweis L01X00T471 ', 'Müller ',
  '[PERSON_1] ', '[', ']', '_', 'Mit freundlichen Grüßen\nPetra Schulz', 'ä', ' ', '\n',
];

describe('round trip (property)', () => {
  it('restore(pseudonymize(text)) is the original text for any mix of fragments', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 25 }), fc.string({ maxLength: 20 }), (parts, noise) => {
      const text = parts.join('') + noise;
      const result = pseudonymize(text);
      expect(restore(result.text, result.mapping)).toBe(text);
    }), { numRuns: 300 });
  });
});
