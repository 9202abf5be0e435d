import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { LlmoinError } from '../../platform/errors';
import { EXTRACTIVE_SUMMARY_TEXT, summarizeExtractively, type ExtractiveSummary } from './summarize-extractively';
import { countWords } from './summary-length';

const ON_TOPIC = [
  'Wohngeld ist ein Zuschuss zur Miete für Haushalte mit geringem Einkommen.',
  'Den Antrag auf Wohngeld stellen Sie bei der Wohngeldstelle Ihrer Stadt.',
  'Die Höhe des Wohngeldes hängt vom Einkommen, der Miete und der Zahl der Haushaltsmitglieder ab.',
  'Wohngeld wird in der Regel für zwölf Monate bewilligt.',
  'Nach Ablauf der zwölf Monate muss das Wohngeld neu beantragt werden.',
  'Für den Antrag auf Wohngeld brauchen Sie Nachweise über Einkommen und Miete.',
];
const OFF_TOPIC = 'Das Wetter an der Küste war am Dienstag sonnig und warm.';

/** The invariants every summary keeps: verbatim quotes in document order within the budget rule. */
function expectVerbatim(source: string, summary: ExtractiveSummary): void {
  let previousEnd = -1;
  for (const sentence of summary.sentences) {
    expect(source.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = sentence.end;
  }
  const words = summary.sentences.map((s) => countWords(s.text));
  expect(summary.words).toBe(words.reduce((a, b) => a + b, 0));
  // At most one sentence beyond the budget: without the longest chosen sentence it fits.
  if (words.length > 1) expect(summary.words - Math.max(...words)).toBeLessThanOrEqual(summary.targetWords);
}

describe('summarizeExtractively', () => {
  it('leaves out the sentence that is off the topic of the text', () => {
    const text = [...ON_TOPIC.slice(0, 3), OFF_TOPIC, ...ON_TOPIC.slice(3)].join(' ');
    // 69 on-topic words plus 11 off-topic; a budget of 60 leaves room for all but two sentences.
    const summary = summarizeExtractively({ text, length: { words: 60 }, style: 'fliesstext' });
    expectVerbatim(text, summary);
    expect(summary.sentences.map((s) => s.text)).not.toContain(OFF_TOPIC);
    expect(summary.sentences.length).toBeGreaterThanOrEqual(4);
  });

  it('does not quote the same sentence twice', () => {
    const text = [...ON_TOPIC, ON_TOPIC[0]].join('\n');
    const summary = summarizeExtractively({ text, length: { words: 50 }, style: 'fliesstext' });
    const quoted = summary.sentences.map((s) => s.text);
    expect(new Set(quoted).size).toBe(quoted.length);
  });

  it('formats the three styles with German labels', () => {
    const text = ON_TOPIC.join(' ');
    const input = { text, length: { words: 30 } };
    const plain = summarizeExtractively({ ...input, style: 'fliesstext' });
    const bullets = summarizeExtractively({ ...input, style: 'stichpunkte' });
    const management = summarizeExtractively({ ...input, style: 'management-summary' });
    expect(plain.summary).toBe(plain.sentences.map((s) => s.text).join(' '));
    expect(bullets.summary).toBe(bullets.sentences.map((s) => `- ${s.text}`).join('\n'));
    expect(management.summary).toBe([EXTRACTIVE_SUMMARY_TEXT.keyPoints, ...management.sentences.map((s) => `- ${s.text}`)].join('\n'));
    expect(management.summary.startsWith('Kernaussagen:\n- ')).toBe(true);
  });

  it('resolves presets against the source length and reports it', () => {
    const text = ON_TOPIC.join(' ');
    const summary = summarizeExtractively({ text, length: { preset: 'kurz' }, style: 'fliesstext' });
    // 69 source words: kurz = max(40, 5 % of 69) = 40.
    expect(summary.sourceWords).toBe(69);
    expect(summary.targetWords).toBe(40);
    expect(summary.mode).toBe('extractive');
  });

  it('cuts a single over-long sentence at a word boundary instead of quoting all of it', () => {
    const words = Array.from({ length: 300 }, (_, i) => `Wort${i}`);
    const text = `${words.join(' ')}.`;
    const summary = summarizeExtractively({ text, length: { words: 50 }, style: 'fliesstext' });
    expect(summary.sentences).toEqual([{ text: words.slice(0, 50).join(' '), start: 0, end: words.slice(0, 50).join(' ').length, truncated: true }]);
    expect(summary.words).toBe(50);
    expect(summary.summary.endsWith(' …')).toBe(true);
  });

  it('says that the audience cannot be served without a model', () => {
    const summary = summarizeExtractively({ text: ON_TOPIC.join(' '), length: { words: 20 }, style: 'fliesstext', audience: 'Bürgerinnen und Bürger' });
    expect(summary.notice).toContain('„Bürgerinnen und Bürger“');
  });

  it('returns an empty summary for a text without words', () => {
    const summary = summarizeExtractively({ text: ' \n – \n', length: { preset: 'mittel' }, style: 'stichpunkte' });
    expect(summary.sentences).toEqual([]);
    expect(summary.summary).toBe('');
  });

  it('rejects an invalid word budget', () => {
    expect(() => summarizeExtractively({ text: 'Ein Satz.', length: { words: 0 }, style: 'fliesstext' })).toThrow(LlmoinError);
  });

  it('keeps its invariants on any text', () => {
    const word = fc.constantFrom('Antrag', 'Frist', 'der', 'Bescheid', 'Gebühr', 'zwei', '§', '41', 'Abs.', 'z. B.', 'Wohngeld', 'Miete');
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 25 }), fc.constantFrom('.', '!', '?', ''))
      .map(([ws, end]) => ws.join(' ') + end);
    const separator = fc.constantFrom(' ', '\n', '\n\n', '\n\n## Überschrift\n\n', '\n- ');
    const text = fc.array(fc.tuple(sentence, separator), { maxLength: 30 }).map((parts) => parts.map(([s, sep]) => s + sep).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 200 }), (t, words) => {
        const summary = summarizeExtractively({ text: t, length: { words }, style: 'stichpunkte' });
        expectVerbatim(t, summary);
        expect(summary.sentences.some((s) => s.text.startsWith('##'))).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  // Speed is measured by `npm run bench:functions`, not asserted in unit tests.
  it('summarises 50,000 characters of the bundled corpus verbatim within the budget', () => {
    const corpus = path.resolve(__dirname, '../../../../corpus');
    const files = readdirSync(corpus).filter((name) => name.endsWith('.md') && name !== 'README.md').sort();
    const all = files.map((name) => readFileSync(path.join(corpus, name), 'utf8')).join('\n\n');
    const text = all.slice(0, 50_000);
    expect(text.length).toBe(50_000);
    // A running service has compiled the code already: warm up on the other part of the corpus.
    summarizeExtractively({ text: all.slice(50_000), length: { preset: 'lang' }, style: 'fliesstext' });
    const summary = summarizeExtractively({ text, length: { preset: 'lang' }, style: 'stichpunkte' });
    expectVerbatim(text, summary);
    expect(Math.abs(summary.words - summary.targetWords)).toBeLessThanOrEqual(0.2 * summary.targetWords);
  });
});
