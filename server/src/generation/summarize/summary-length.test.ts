import { LlmoinError } from '../../platform/errors';
import { countWords, wordBudget } from './summary-length';

describe('countWords', () => {
  it('counts whitespace-separated tokens with a letter or digit', () => {
    expect(countWords('§ 41 Abs. 2 VwVfG')).toBe(4);
    expect(countWords('z. B. die Hard-Rock-Band – „AC/DC“!')).toBe(5);
    expect(countWords('  \n ')).toBe(0);
  });
});

describe('wordBudget', () => {
  it.each([
    // kurz: 5 % within [40, 80]
    ['kurz', 1000, 50], ['kurz', 10000, 80], ['kurz', 300, 40], ['kurz', 30, 30],
    // mittel: 12 % within [80, 200]
    ['mittel', 1000, 120], ['mittel', 500, 80], ['mittel', 5000, 200],
    // lang: 25 % within [150, 400]
    ['lang', 1000, 250], ['lang', 5000, 400], ['lang', 200, 150], ['lang', 100, 100],
  ] as const)('%s of %i words → %i', (preset, sourceWords, expected) => {
    expect(wordBudget({ preset }, sourceWords)).toBe(expected);
  });

  it('takes an explicit budget as it is, even above the source length', () => {
    expect(wordBudget({ words: 120 }, 50)).toBe(120);
  });

  it.each([0, -5, 2.5, 1_000_000])('rejects %p words', (words) => {
    expect(() => wordBudget({ words }, 1000)).toThrow(LlmoinError);
  });
});
