import { parseIsoDate, type CalendarDate } from './calendar-date';
import { LAENDER, nextWorkingDayFrom, nonWorkingDayReason, publicHolidayName, type Land } from './public-holidays';

const day = (iso: string): CalendarDate => {
  const parsed = parseIsoDate(iso);
  if (!parsed) throw new Error(`bad test date ${iso}`);
  return parsed;
};

// Hand-known dates from the Länder holiday laws; Easter 2024-03-31, 2025-04-20, 2028-04-16.
const HOLIDAYS: Array<[Land, string, boolean]> = [
  ['HH', '2016-10-31', false], // Hamburg adopted Reformationstag in 2018
  ['HH', '2017-10-31', true], // 500 years Reformation: one-off nationwide
  ['BY', '2017-10-31', true],
  ['HH', '2018-10-31', true],
  ['HB', '2018-10-31', true],
  ['NI', '2018-10-31', true],
  ['SH', '2018-10-31', true],
  ['BY', '2018-10-31', false],
  ['BB', '1995-10-31', true], // Eastern Länder since 1990
  ['BE', '2018-03-08', false], // Berlin Frauentag since 2019
  ['BE', '2019-03-08', true],
  ['HH', '2019-03-08', false],
  ['MV', '2022-03-08', false], // Mecklenburg-Vorpommern since 2023
  ['MV', '2023-03-08', true],
  ['BE', '2020-05-08', true], // 75th anniversary of the liberation, one-off
  ['BE', '2021-05-08', false],
  ['BY', '2025-01-06', true], // Heilige Drei Könige: BW, BY, ST
  ['BW', '2025-01-06', true],
  ['ST', '2025-01-06', true],
  ['HH', '2025-01-06', false],
  ['NW', '2025-06-19', true], // Fronleichnam = Easter + 60
  ['HH', '2025-06-19', false],
  ['SL', '2025-08-15', true], // Mariä Himmelfahrt Land-wide only in Saarland
  ['BY', '2025-08-15', false], // only in Catholic communities: not Land-wide
  ['SN', '2025-11-19', true], // Buß- und Bettag, Wednesday before 23 November
  ['SN', '2024-11-20', true],
  ['HH', '2025-11-19', false],
  ['TH', '2018-09-20', false], // Weltkindertag since 2019
  ['TH', '2024-09-20', true],
  ['NW', '2025-11-01', true], // Allerheiligen
  ['HH', '2025-11-01', false],
  ['HH', '2025-12-24', false], // Heiligabend and Silvester are no public holidays
  ['HH', '2025-12-31', false],
];

describe('public holidays per Land', () => {
  it.each(HOLIDAYS)('%s %s is a public holiday: %s', (land, iso, expected) => {
    expect(publicHolidayName(day(iso), land) !== undefined).toBe(expected);
  });

  it('knows the nationwide holidays, including the Easter-dependent ones, in every Land', () => {
    const nationwide = [
      '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-01', '2025-05-29', '2025-06-09', '2025-10-03', '2025-12-25', '2025-12-26',
      '2024-03-29', '2024-04-01', '2024-05-09', '2024-05-20', // Easter 2024-03-31
      '2028-04-14', '2028-04-17', '2028-05-25', '2028-06-05', // Easter 2028-04-16
    ];
    for (const land of LAENDER) for (const iso of nationwide) expect([land, iso, publicHolidayName(day(iso), land) !== undefined]).toEqual([land, iso, true]);
  });

  it('names the holiday, and Saturday and Sunday as such', () => {
    expect(publicHolidayName(day('2025-10-31'), 'HH')).toBe('Reformationstag');
    expect(nonWorkingDayReason(day('2025-03-08'), 'HH')).toBe('Samstag');
    expect(nonWorkingDayReason(day('2025-03-09'), 'HH')).toBe('Sonntag');
    expect(nonWorkingDayReason(day('2025-03-10'), 'HH')).toBeUndefined();
  });

  it('moves past a chain of holidays and weekend days', () => {
    // Karfreitag 18 Apr 2025, Saturday, Easter Sunday, Ostermontag 21 Apr.
    const next = nextWorkingDayFrom(day('2025-04-18'), 'HH');
    expect(next.date).toEqual(day('2025-04-22'));
    expect(next.skipped.map((skipped) => skipped.date)).toEqual(['2025-04-18', '2025-04-19', '2025-04-20', '2025-04-21']);
    expect(nextWorkingDayFrom(day('2025-04-22'), 'HH')).toEqual({ date: day('2025-04-22'), skipped: [] });
  });
});
