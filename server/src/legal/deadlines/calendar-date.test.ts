import { addMonthsClamped, describeDateProblem, formatGermanDate, formatIsoDate, parseIsoDate } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real days only, including leap days', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-02-29')).toBeUndefined();
    expect(parseIsoDate('2025-02-30')).toBeUndefined();
    expect(parseIsoDate('2025-04-31')).toBeUndefined();
    expect(parseIsoDate('2100-02-29')).toBeUndefined(); // not a leap year (divisible by 100)
    expect(parseIsoDate('2000-02-29')).toBeDefined(); // leap year (divisible by 400)
    expect(parseIsoDate('2025-1-5')).toBeUndefined();
    expect(parseIsoDate('2025-01-05T00:00')).toBeUndefined();
  });

  it('says why a date is unusable', () => {
    expect(describeDateProblem('2025-02-30')).toMatch(/not a day of the calendar/);
    expect(describeDateProblem('05.03.2025')).toMatch(/YYYY-MM-DD/);
    expect(describeDateProblem('1990-12-31')).toMatch(/between/);
    expect(describeDateProblem('2025-03-05')).toBeUndefined();
  });

  it('adds months by day number and clamps to the month end (§ 188 Abs. 2, 3 BGB)', () => {
    expect(addMonthsClamped({ year: 2025, month: 1, day: 31 }, 1)).toEqual({ date: { year: 2025, month: 2, day: 28 }, clamped: true });
    expect(addMonthsClamped({ year: 2025, month: 11, day: 30 }, 3)).toEqual({ date: { year: 2026, month: 2, day: 28 }, clamped: true });
    expect(addMonthsClamped({ year: 2025, month: 12, day: 15 }, 1)).toEqual({ date: { year: 2026, month: 1, day: 15 }, clamped: false });
  });

  it('formats dates for German texts', () => {
    expect(formatGermanDate({ year: 2025, month: 3, day: 7 })).toBe('Freitag, 7. März 2025');
    expect(formatIsoDate({ year: 2025, month: 3, day: 7 })).toBe('2025-03-07');
  });
});
