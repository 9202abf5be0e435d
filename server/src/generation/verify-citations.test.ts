import type { Passage } from '../retrieval';
import { verifyCitations } from './verify-citations';

const passage = (quote: string): Passage => ({
  chunkId: 1, documentId: 'd', title: 't', source: 's', collection: 'c', section: null, heading: null, page: 1, quote, start: 0, end: quote.length, score: 1,
});

const passages = [
  passage('Ein schriftlicher Verwaltungsakt, der im Inland durch die Post übermittelt wird, gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben.'),
  passage('Der Widerspruch ist innerhalb eines Monats, nachdem der Verwaltungsakt dem Beschwerten bekanntgegeben worden ist, zu erheben.'),
];

describe('verifyCitations', () => {
  it('accepts verbatim quotes attributed to the right passage', () => {
    const report = verifyCitations('Der Bescheid „gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben“ [1]. Danach läuft die Frist [2].', passages);
    expect(report).toEqual({ markers: [1, 2], unknownMarkers: [], quotes: [{ quote: 'gilt am vierten Tag nach der Aufgabe zur Post als bekannt gegeben', marker: 1, verified: true }], verified: true });
  });

  it('flags a quote that is not in its cited passage, and invented markers', () => {
    const report = verifyCitations('Der Widerspruch ist „innerhalb von zwei Wochen“ zu erheben [2]. Siehe auch [5].', passages);
    expect(report.verified).toBe(false);
    expect(report.unknownMarkers).toEqual([5]);
    expect(report.quotes).toEqual([{ quote: 'innerhalb von zwei Wochen', marker: 2, verified: false }]);
  });

  it('flags a quote attributed to the wrong passage even if another passage has it', () => {
    const report = verifyCitations('„innerhalb eines Monats“ [1].', passages);
    expect(report.quotes[0]).toMatchObject({ marker: 1, verified: false });
  });

  it('checks unattributed quotes against all passages and tolerates whitespace differences', () => {
    const report = verifyCitations('Es heißt: "innerhalb   eines Monats, nachdem". Siehe [2].', passages);
    expect(report.quotes[0]).toMatchObject({ marker: null, verified: true });
    expect(report.verified).toBe(true);
  });

  it('never calls an answer without any citation verified', () => {
    expect(verifyCitations('Die Frist beträgt einen Monat.', passages)).toEqual({ markers: [], unknownMarkers: [], quotes: [], verified: false });
  });
});
