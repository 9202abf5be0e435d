import { DEFAULT_RANKING, centroidScores, scoreSentences } from './rank-sentences';
import type { CandidateSentence } from './sentence-candidates';
import { sparseDot, vectorizeSentences } from './sentence-vectors';

const candidates = (n: number): CandidateSentence[] =>
  Array.from({ length: n }, (_, index) => ({ start: index, end: index + 1, text: 'x', words: 5, index, paragraph: 0, section: 0 }));

describe('vectorizeSentences', () => {
  it('weights terms by inverse sentence frequency and normalises', () => {
    // 3 sentences: idf(wohngeld) = ln(4 / 2.5), idf(antrag) = idf(miete) = idf(wetter) = ln(4 / 1.5).
    const model = vectorizeSentences([['wohngeld', 'antrag'], ['wohngeld', 'miete'], ['wetter']]);
    const [a, b, c] = model.vectors;
    const common = Math.log(4 / 2.5) ** 2;
    expect(sparseDot(a!, b!)).toBeCloseTo(common / (common + Math.log(4 / 1.5) ** 2), 10);
    expect(sparseDot(a!, c!)).toBe(0);
    expect(sparseDot(c!, c!)).toBeCloseTo(1, 10);
  });

  it('dampens a term repeated within one sentence (1 + ln tf)', () => {
    const model = vectorizeSentences([['frist', 'frist', 'frist', 'antrag'], ['frist'], ['antrag']]);
    // Both terms have the same idf, so the weights relate as (1 + ln 3) : 1.
    const weights = model.vectors[0]!.weights;
    expect((weights[0] ?? 0) / (weights[1] ?? 1)).toBeCloseTo(1 + Math.log(3), 10);
  });
});

describe('scoreSentences', () => {
  it('ranks the sentence that shares the topic above the one that does not', () => {
    const model = vectorizeSentences([['wohngeld', 'antrag'], ['wohngeld', 'miete'], ['wetter'], ['wohngeld', 'antrag', 'miete']]);
    const centroid = centroidScores(model, 0);
    expect(centroid[3]).toBeGreaterThan(centroid[0]!);
    expect(centroid[0]).toBeGreaterThan(centroid[2]!);
    const scores = scoreSentences(candidates(4), model, { ...DEFAULT_RANKING, positionWeight: 0 });
    expect(Math.max(...scores)).toBeCloseTo(1, 10);
    expect(scores.indexOf(Math.max(...scores))).toBe(3);
  });

  it('lets the position prior favour the opening among equals', () => {
    const model = vectorizeSentences([['frist'], ['frist'], ['frist']]);
    const scores = scoreSentences(candidates(3), model, { ...DEFAULT_RANKING, positionWeight: 1 });
    expect(scores[0]).toBeGreaterThan(scores[1]!);
    expect(scores[1]).toBeGreaterThan(scores[2]!);
  });
});
