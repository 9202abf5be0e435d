import fc from 'fast-check';
import { PERSONAL_DATA_TYPES, type Finding } from './personal-data-types';
import { resolveOverlaps } from './resolve-overlaps';

const overlap = (a: Finding, b: Finding) => a.start < b.end && b.start < a.end;

describe('resolveOverlaps', () => {
  it('prefers the more specific tier over length, then the longer span, and returns text order', () => {
    const iban: Finding = { type: 'iban', start: 20, end: 47 };
    const phoneInsideIban: Finding = { type: 'phone', start: 30, end: 50 };
    const address: Finding = { type: 'address', start: 12, end: 19 };
    const longerPerson: Finding = { type: 'person', start: 0, end: 14 };
    const person: Finding = { type: 'person', start: 0, end: 10 };
    // iban (tier 0) first; the phone overlaps it; the address (tier 4) beats the longer person
    // (tier 5) it overlaps; the shorter person fits before the address.
    expect(resolveOverlaps([phoneInsideIban, person, iban, longerPerson, address])).toEqual([person, address, iban]);
  });

  it('gives the same non-overlapping result whatever the input order (property)', () => {
    const finding = fc.record({
      type: fc.constantFrom(...PERSONAL_DATA_TYPES),
      start: fc.integer({ min: 0, max: 60 }),
      length: fc.integer({ min: 0, max: 15 }),
    }).map(({ type, start, length }): Finding => ({ type, start, end: start + length }));
    fc.assert(fc.property(fc.array(finding, { maxLength: 30 }), fc.integer(), (findings, seed) => {
      const shuffled = [...findings].sort((a, b) => ((a.start * 31 + a.end + seed) % 7) - ((b.start * 31 + b.end + seed) % 7));
      const resolved = resolveOverlaps(findings);
      expect(resolveOverlaps(shuffled)).toEqual(resolved);
      resolved.forEach((a, index) => resolved.slice(index + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
      // Every dropped candidate overlaps a kept one.
      for (const candidate of findings.filter((item) => item.end > item.start)) {
        expect(resolved.some((kept) => kept === candidate || overlap(kept, candidate) || (kept.start === candidate.start && kept.end === candidate.end))).toBe(true);
      }
    }), { numRuns: 300 });
  });
});
