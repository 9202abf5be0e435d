import fc from 'fast-check';
import { LlmoinError } from '../../platform/errors';
import { splitSentences } from '../split-sentences';
import { planMapReduce, type MapReduceWindow } from './plan-map-reduce';

function expectWellFormed(text: string, windows: MapReduceWindow[], maxChars: number): void {
  windows.forEach((window, index) => {
    expect(window.index).toBe(index);
    expect(window.text).toBe(text.slice(window.start, window.end));
    expect(window.end - window.start).toBeLessThanOrEqual(maxChars);
    expect(window.text).toBe(window.text.trim());
    if (index > 0) {
      expect(window.start).toBeGreaterThan(windows[index - 1]!.start);
      expect(window.end).toBeGreaterThan(windows[index - 1]!.end);
    }
  });
  // Every non-space character lies in some window.
  const covered = new Uint8Array(text.length);
  for (const w of windows) covered.fill(1, w.start, w.end);
  const uncovered = [...text].filter((char, i) => covered[i] === 0 && !/\s/.test(char));
  expect(uncovered).toEqual([]);
}

describe('planMapReduce', () => {
  it('never makes a window of repeated sentences only (regression: overlap plus a heading-like line)', () => {
    const text = 'Antrag. Antrag. Antrag  \n\nAntrag. ';
    const windows = planMapReduce(text, { maxChars: 20, overlapChars: 7 });
    for (let index = 1; index < windows.length; index += 1) expect(windows[index]!.end).toBeGreaterThan(windows[index - 1]!.end);
    expect(windows.at(-1)!.end).toBe(text.trimEnd().length);
  });

  it('returns one window for a text that fits, and none for an empty one', () => {
    const text = '  Erster Satz. Zweiter Satz.\n';
    expect(planMapReduce(text, { maxChars: 100 })).toEqual([{ index: 0, start: 2, end: 28, text: 'Erster Satz. Zweiter Satz.' }]);
    expect(planMapReduce(' \n ', { maxChars: 100 })).toEqual([]);
  });

  it('ends windows on sentence boundaries', () => {
    // Each sentence is "Satz nn ist hier." = 17 characters, joined by one space: 3 fit into 60 (53), 4 do not (71).
    const sentences = Array.from({ length: 7 }, (_, i) => `Satz ${String(i).padStart(2, '0')} ist hier.`);
    const text = sentences.join(' ');
    const windows = planMapReduce(text, { maxChars: 60 });
    expect(windows.map((w) => w.text)).toEqual([
      sentences.slice(0, 3).join(' '), sentences.slice(3, 6).join(' '), sentences[6],
    ]);
    expectWellFormed(text, windows, 60);
  });

  it('prefers a paragraph end when the window is at least half full', () => {
    // Paragraph 1: 3 × 17 + 2 = 53 characters (≥ 50 = half of 100); the whole text (108) does not fit,
    // two sentences of paragraph 2 would (53 + 2 + 17 + 1 + 17 = 90), but the window ends with the paragraph.
    const first = ['Satz 01 ist hier.', 'Satz 02 ist hier.', 'Satz 03 ist hier.'].join(' ');
    const second = ['Satz 04 ist hier.', 'Satz 05 ist hier.', 'Satz 06 ist hier.'].join(' ');
    const text = `${first}\n\n${second}`;
    const windows = planMapReduce(text, { maxChars: 100 });
    expect(windows.map((w) => w.text)).toEqual([first, second]);
  });

  it('does not end a window on a heading', () => {
    // Up to "## Gebühren" (53 + 2 + 11 = 66 ≤ 80) would fit, and the heading ends a paragraph; the
    // window ends before it instead, so the heading opens the next window with its text.
    const first = ['Satz 01 ist hier.', 'Satz 02 ist hier.', 'Satz 03 ist hier.'].join(' ');
    const text = `${first}\n\n## Gebühren\n\nDie Gebühr beträgt 37 Euro.`;
    const windows = planMapReduce(text, { maxChars: 80 });
    expect(windows.map((w) => w.text)).toEqual([first, '## Gebühren\n\nDie Gebühr beträgt 37 Euro.']);
  });

  it('ignores a paragraph end that would leave the window less than half full', () => {
    const text = 'Kurz hier.\n\nSatz 02 ist hier. Satz 03 ist hier. Satz 04 ist hier.';
    // "Kurz hier." ends at 10 < 30 (half of 60), so the first window runs on to the size limit.
    const windows = planMapReduce(text, { maxChars: 60 });
    expect(windows[0]?.text).toBe('Kurz hier.\n\nSatz 02 ist hier. Satz 03 ist hier.');
  });

  it('repeats whole sentences within the overlap at the start of the next window', () => {
    const sentences = Array.from({ length: 6 }, (_, i) => `Satz ${String(i).padStart(2, '0')} ist hier.`);
    const text = sentences.join(' ');
    // 3 sentences (53 chars) per window; an overlap of 20 fits one 17-character sentence, not two (36).
    const windows = planMapReduce(text, { maxChars: 60, overlapChars: 20 });
    expect(windows.map((w) => w.text)).toEqual([
      sentences.slice(0, 3).join(' '), sentences.slice(2, 5).join(' '), sentences.slice(4, 6).join(' '),
    ]);
  });

  it('cuts a sentence longer than a window at spaces', () => {
    const words = Array.from({ length: 60 }, (_, i) => `wort${i}`);
    const text = words.join(' ');
    const windows = planMapReduce(text, { maxChars: 100 });
    expect(windows.length).toBeGreaterThan(1);
    expectWellFormed(text, windows, 100);
    // No word is cut in two.
    expect(windows.flatMap((w) => w.text.split(' '))).toEqual(words);
  });

  it('rejects a non-positive size and an overlap of half a window or more', () => {
    expect(() => planMapReduce('Text.', { maxChars: 0 })).toThrow(LlmoinError);
    expect(() => planMapReduce('Text.', { maxChars: 100, overlapChars: 50 })).toThrow(LlmoinError);
    expect(() => planMapReduce('Text.', { maxChars: 100, overlapChars: -1 })).toThrow(LlmoinError);
  });

  it('covers any text with windows that respect the limits', () => {
    const word = fc.constantFrom('Antrag', 'Frist', 'der', 'Bescheid', 'Gebühr', 'zwei', '§', '41', 'Abs.', 'z. B.', 'Wohngeld');
    const sentence = fc.tuple(fc.array(word, { minLength: 1, maxLength: 30 }), fc.constantFrom('.', '!', '?', '', ':'))
      .map(([ws, end]) => ws.join(' ') + end);
    const separator = fc.constantFrom(' ', '\n', '\n\n', '  \n\n');
    const text = fc.array(fc.tuple(sentence, separator), { maxLength: 40 }).map((parts) => parts.map(([s, sep]) => s + sep).join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 20, max: 400 }), fc.double({ min: 0, max: 0.49, noNaN: true }), (t, maxChars, share) => {
        const overlapChars = Math.floor(maxChars * share);
        const windows = planMapReduce(t, { maxChars, overlapChars });
        expectWellFormed(t, windows, maxChars);
        // Windows end where a sentence (or a piece of an over-long one) ends.
        const ends = new Set(splitSentences(t).map((s) => s.end));
        for (const w of windows) {
          if (!ends.has(w.end)) expect(/\s/.test(t.charAt(w.end))).toBe(true);
        }
      }),
      { numRuns: Number(process.env['LLMOIN_PROPERTY_RUNS'] ?? 100) },
    );
  });
});
