import { describePeriodGerman, describePeriodProblem, parseIsoPeriod } from './iso-period';

describe('ISO 8601 periods', () => {
  it.each([
    ['P1M', { years: 0, months: 1, weeks: 0, days: 0 }],
    ['P2W', { years: 0, months: 0, weeks: 2, days: 0 }],
    ['P14D', { years: 0, months: 0, weeks: 0, days: 14 }],
    ['P1Y', { years: 1, months: 0, weeks: 0, days: 0 }],
    ['P1Y2M', { years: 1, months: 2, weeks: 0, days: 0 }],
    ['P1M1W3D', { years: 0, months: 1, weeks: 1, days: 3 }],
  ])('parses %s', (text, expected) => {
    expect(parseIsoPeriod(text)).toEqual(expected);
    expect(describePeriodProblem(text)).toBeUndefined();
  });

  it.each([
    ['PT1H', /time components/],
    ['P1DT12H', /time components/],
    ['P0D', /longer than zero/],
    ['P0Y0M', /longer than zero/],
    ['-P1M', /positive/],
    ['P', /ISO 8601 duration/],
    ['1M', /ISO 8601 duration/],
    ['P1M1Y', /ISO 8601 duration/],
    ['P1.5M', /ISO 8601 duration/],
    ['p1m', /ISO 8601 duration/],
    ['P101Y', /100 years/],
  ])('rejects %s', (text, message) => {
    expect(describePeriodProblem(text)).toMatch(message);
    expect(parseIsoPeriod(text)).toBeUndefined();
  });

  it('describes periods in German (dative, for "eine Frist von …")', () => {
    expect(describePeriodGerman({ years: 0, months: 1, weeks: 0, days: 0 })).toBe('einem Monat');
    expect(describePeriodGerman({ years: 0, months: 0, weeks: 1, days: 0 })).toBe('einer Woche');
    expect(describePeriodGerman({ years: 1, months: 2, weeks: 0, days: 0 })).toBe('einem Jahr und zwei Monaten');
    expect(describePeriodGerman({ years: 0, months: 0, weeks: 2, days: 14 })).toBe('zwei Wochen und 14 Tagen');
  });
});
