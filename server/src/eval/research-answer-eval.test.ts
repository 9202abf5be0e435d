import { summarizeResearch, type ResearchItemResult } from './research-answer-eval';

const result = (overrides: Partial<ResearchItemResult>): ResearchItemResult => ({
  id: 'q', kind: 'answerable', question: 'Frage?', mode: 'extractive', fallback: null, found: true, refused: false,
  contained: null, passageContained: null, goldCited: null, quotations: { quotes: 0, verified: 0, unattributed: 0, unknownMarker: 0 },
  citations: 0, exactOffsets: 0, completionTokens: 0, ms: 10, answer: '', ...overrides,
});

describe('summarizeResearch', () => {
  it('pools quotations and citations over all answers and splits rates by question kind', () => {
    const summary = summarizeResearch([
      result({ contained: true, passageContained: true, goldCited: true, quotations: { quotes: 5, verified: 5, unattributed: 0, unknownMarker: 0 }, citations: 5, exactOffsets: 5, ms: 4 }),
      result({ contained: false, passageContained: true, goldCited: false, refused: true, quotations: { quotes: 3, verified: 1, unattributed: 1, unknownMarker: 1 }, citations: 4, exactOffsets: 3, ms: 8 }),
      result({ kind: 'unanswerable', refused: true, ms: 6 }),
      result({ kind: 'unanswerable', quotations: { quotes: 2, verified: 2, unattributed: 0, unknownMarker: 0 }, citations: 1, exactOffsets: 1, ms: 2 }),
    ]);
    // Quotations 8 of 10 verified; offsets 9 of 10; containment 1 of 2; refusals 1 of 2 unanswerable and 1 of 2 answerable.
    expect(summary).toMatchObject({
      answerable: 2, unanswerable: 2, quotations: 10, citationPrecision: 0.8, offsetPrecision: 0.9, answerContainment: 0.5, passageContainment: 1,
      goldCited: 0.5, refusalRate: 0.5, falseRefusalRate: 0.5, msPerAnswer: 5,
    });
  });

  it('leaves a share out (null) when there was nothing to measure', () => {
    const summary = summarizeResearch([result({ kind: 'unanswerable' })]);
    expect(summary).toMatchObject({ citationPrecision: null, offsetPrecision: null, answerContainment: null, refusalRate: 0, falseRefusalRate: null });
  });
});
