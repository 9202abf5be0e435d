import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHECKER_KINDS, describePlainLanguageRules, loadPlainLanguageRules, PlainLanguageRulesError } from '.';

const RULES = path.resolve(__dirname, '../../../../rules');

const VALID_EINFACH = `level: einfach
name: Einfache Sprache
version: 3
rules:
  - id: kurze-saetze
    name: Kurze Sätze
    description: Höchstens 15 Wörter.
    check: sentence-length
    severity: error
    maxRate: 0.1
    parameters: { maxWords: 15 }
`;

describe('loadPlainLanguageRules', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-rules-'));
    fs.mkdirSync(path.join(directory, 'plain-language'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));
  const write = (name: string, text: string) => fs.writeFileSync(path.join(directory, 'plain-language', name), text);
  const problemsOf = (): string[] => {
    try {
      loadPlainLanguageRules(directory);
    } catch (error) {
      if (error instanceof PlainLanguageRulesError) return error.problems;
      throw error;
    }
    throw new Error('the rules loaded without problems');
  };

  it('loads the committed rule files with every required checker kind', () => {
    const rules = loadPlainLanguageRules(RULES);
    expect(rules.leicht).toMatchObject({ level: 'leicht', name: 'Leichte Sprache', maxExamples: 5 });
    expect(rules.einfach).toMatchObject({ level: 'einfach', name: 'Einfache Sprache' });
    for (const level of [rules.leicht, rules.einfach]) {
      expect(new Set(level.rules.map((rule) => rule.check))).toEqual(new Set(CHECKER_KINDS.keys()));
      for (const rule of level.rules) expect(rule.description).toMatch(/München (LS|ES)/);
    }
  });

  it('describes a level as plain JSON data, parameters with defaults included', () => {
    const description = describePlainLanguageRules(loadPlainLanguageRules(RULES), 'leicht');
    expect(JSON.parse(JSON.stringify(description))).toEqual(description);
    expect(description.rules.find((rule) => rule.id === 'kurze-saetze')).toEqual({
      id: 'kurze-saetze', name: 'Kurze Sätze', description: expect.stringContaining('höchstens 11 Wörtern'), check: 'sentence-length',
      unit: 'sentence', severity: 'error', maxRate: 0, parameters: { maxWords: 11 },
    });
    expect(description.rules.find((rule) => rule.check === 'foreign-words')?.parameters).toMatchObject({ matchCompounds: true, words: { Workshop: 'Arbeits·gruppe' } });
  });

  it('loads a minimal valid file and fills defaults', () => {
    write('einfache-sprache.yaml', VALID_EINFACH);
    write('leichte-sprache.yaml', VALID_EINFACH.replace('level: einfach', 'level: leicht'));
    const rules = loadPlainLanguageRules(directory);
    expect(rules.einfach).toMatchObject({ version: 3, maxExamples: 5, source: null });
    expect(rules.einfach.rules[0]).toMatchObject({ id: 'kurze-saetze', unit: 'sentence', maxRate: 0.1, parameters: { maxWords: 15 } });
    expect(rules.einfach.rules[0]?.hint).toContain('{maxWords}');
  });

  it('lists every problem of both files at once, with file, rule and field', () => {
    write('einfache-sprache.yaml', `level: leicht
name: Einfache Sprache
version: 1
rules:
  - id: kurze-saetze
    name: Kurze Sätze
    description: d
    check: sentence-length
    severity: error
  - id: genitiv
    name: Genitiv
    description: d
    check: genitiv
    severity: warning
  - id: passiv
    name: Passiv
    description: d
    check: passive-voice
    severity: fatal
    hint: "Passiv {foo}"
    parameters: { auxiliaries: 3, passiveOnly: [worden], separablePrefixes: [an], inseparablePrefixes: [be] }
  - id: kurze-saetze
    name: Doppelt
    description: d
    check: subjunctive
    severity: info
    parameters: { forms: [] }
    extra: true
`);
    write('leichte-sprache.yaml', 'level: [leicht');
    expect(problemsOf()).toEqual([
      'einfache-sprache.yaml: level is "leicht", but this file holds the rules for "einfach"',
      'einfache-sprache.yaml: rules[0] (kurze-saetze): parameters.maxWords: Invalid input: expected number, received undefined',
      'einfache-sprache.yaml: rules[1] (genitiv): check: unknown check "genitiv", expected one of: sentence-length, one-statement, passive-voice, subjunctive, long-compounds, number-words, negation, foreign-words, abbreviations, genitive',
      'einfache-sprache.yaml: rules[2] (passiv): severity: Invalid option: expected one of "error"|"warning"|"info"',
      'einfache-sprache.yaml: rules[2] (passiv): parameters.auxiliaries: Invalid input: expected array, received number',
      'einfache-sprache.yaml: rules[2] (passiv): hint: placeholder {foo} is not provided by check "passive-voice" (available: phrase, auxiliary, participle)',
      'einfache-sprache.yaml: rules[3] (kurze-saetze): duplicate rule id',
      expect.stringMatching(/^einfache-sprache\.yaml: rules\[3\] \(kurze-saetze\): rule: Unrecognized key: "extra"/),
      'einfache-sprache.yaml: rules[3] (kurze-saetze): parameters.forms: Too small: expected array to have >=1 items',
      expect.stringMatching(/^leichte-sprache\.yaml: not valid YAML/),
    ]);
  });

  it('names a missing file and the error message lists the problems', () => {
    write('einfache-sprache.yaml', VALID_EINFACH);
    expect(() => loadPlainLanguageRules(directory)).toThrow(/Invalid plain-language rules:\n {2}- .*leichte-sprache\.yaml: file is missing/);
  });

  it('rejects a file without rules and unknown top-level keys', () => {
    write('einfache-sprache.yaml', 'level: einfach\nname: E\nversion: 1\nrules: []\ncolour: blue\n');
    write('leichte-sprache.yaml', VALID_EINFACH.replace('level: einfach', 'level: leicht'));
    expect(problemsOf()).toEqual([
      'einfache-sprache.yaml: rules: Too small: expected array to have >=1 items',
      'einfache-sprache.yaml: file: Unrecognized key: "colour"',
    ]);
  });

  it('skips disabled rules and rejects a negative threshold', () => {
    write('einfache-sprache.yaml', VALID_EINFACH.replace('maxRate: 0.1', 'maxRate: 0.1\n    enabled: false'));
    write('leichte-sprache.yaml', VALID_EINFACH.replace('level: einfach', 'level: leicht'));
    expect(loadPlainLanguageRules(directory).einfach.rules).toEqual([]);
    write('leichte-sprache.yaml', VALID_EINFACH.replace('level: einfach', 'level: leicht').replace('maxRate: 0.1', 'maxRate: -1'));
    expect(problemsOf()).toEqual(['leichte-sprache.yaml: rules[0] (kurze-saetze): maxRate: Too small: expected number to be >=0']);
  });
});
