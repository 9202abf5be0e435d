import { LlmoinError } from '../../platform/errors';
import { computeDeadline, type DeadlineInput } from './compute-deadline';

function problemPaths(input: DeadlineInput): string[] {
  try {
    computeDeadline(input);
  } catch (error) {
    expect(error).toBeInstanceOf(LlmoinError);
    const problem = (error as LlmoinError).toProblem();
    expect(problem.status).toBe(400);
    return (problem.errors ?? []).map((entry) => entry.path);
  }
  throw new Error('expected a validation error');
}

describe('computeDeadline', () => {
  it('defaults to Hamburg', () => {
    // Fri 31 Oct 2025 is Reformationstag in Hamburg: two weeks from Fri 17 Oct end on Mon 3 Nov.
    const result = computeDeadline({ event: '2025-10-17', eventType: 'delivered', period: 'P2W' });
    expect(result.land).toBe('HH');
    expect(result.end).toBe('2025-11-03');
    expect(result.shiftedBy).toEqual([
      { date: '2025-10-31', reason: 'Reformationstag' },
      { date: '2025-11-01', reason: 'Samstag' },
      { date: '2025-11-02', reason: 'Sonntag' },
    ]);
  });

  it('explains the fictional Bekanntgabe, its shift, the start and the end with their norms', () => {
    // Mon 22 Dec 2025 + 4 = Fri 26 Dec (2. Weihnachtstag) → Mon 29 Dec; one month → Thu 29 Jan 2026.
    const result = computeDeadline({ event: '2025-12-22', eventType: 'posted', period: 'P1M', land: 'HH' });
    expect(result.explanation.map((step) => [step.norm.split(' (')[0], step.date])).toEqual([
      ['§ 41 Abs. 2 Satz 1 VwVfG', '2025-12-26'],
      ['§ 31 Abs. 3 Satz 1 VwVfG entsprechend', '2025-12-29'],
      ['§ 31 Abs. 1 VwVfG i. V. m. § 187 Abs. 1 BGB', '2025-12-30'],
      ['§ 31 Abs. 1 VwVfG i. V. m. § 188 Abs. 2 BGB', '2026-01-29'],
      ['§ 31 Abs. 3 Satz 1 VwVfG, § 193 BGB', '2026-01-29'],
    ]);
    expect(result.explanation[0]?.text).toContain('vierten Tag nach der Aufgabe zur Post');
    expect(result.explanation[1]?.text).toContain('2. Weihnachtstag');
    expect(result.explanation[1]?.text).toContain('umstritten');
    expect(result.start).toBe('2025-12-30');
    expect(result.bekanntgabeShiftedBy.map((day) => day.reason)).toEqual(['2. Weihnachtstag', 'Samstag', 'Sonntag']);
  });

  it('names the old three-day rule for events before 2025', () => {
    const result = computeDeadline({ event: '2024-12-31', eventType: 'sent_electronically', period: 'P1M' });
    expect(result.explanation[0]?.norm).toBe('§ 41 Abs. 2 Satz 2 VwVfG (Fassung bis 31. Dezember 2024)');
    expect(result.explanation[0]?.text).toContain('dritten Tag nach der Absendung');
    expect(result.bekanntgabe).toBe('2025-01-03');
  });

  it('cites § 57 VwGO / § 222 ZPO for the Klagefrist and § 58 Abs. 2 VwGO without a correct Belehrung', () => {
    const klage = computeDeadline({ event: '2025-05-31', eventType: 'delivered', remedy: 'klage' });
    expect(klage.explanation.map((step) => step.norm)).toEqual(expect.arrayContaining([
      '§ 74 Abs. 1 VwGO', '§ 57 Abs. 2 VwGO i. V. m. § 222 Abs. 1 ZPO, § 187 Abs. 1 BGB', '§ 57 Abs. 2 VwGO i. V. m. § 222 Abs. 2 ZPO',
    ]));
    expect(klage.remedyNotice).toBe('correct');
    const late = computeDeadline({ event: '2025-05-31', eventType: 'delivered', remedy: 'klage', remedyNotice: 'missing' });
    expect(late.period).toBe('P1Y');
    expect(late.explanation.map((step) => step.norm)).toContain('§ 58 Abs. 2 Satz 1 VwGO');
    // 31 May 2026 is a Sunday → Mon 1 Jun 2026.
    expect(late.end).toBe('2026-06-01');
  });

  it.each<[string, DeadlineInput, string[]]>([
    ['an impossible date', { event: '2025-02-30', eventType: 'posted', period: 'P1M' }, ['event']],
    ['an unknown Land', { event: '2025-02-03', eventType: 'posted', period: 'P1M', land: 'XX' }, ['land']],
    ['a time part', { event: '2025-02-03', eventType: 'posted', period: 'PT24H' }, ['period']],
    ['a zero period', { event: '2025-02-03', eventType: 'posted', period: 'P0D' }, ['period']],
    ['no period and no remedy', { event: '2025-02-03', eventType: 'posted' }, ['period']],
    ['a remedy with another period', { event: '2025-02-03', eventType: 'posted', period: 'P2W', remedy: 'widerspruch' }, ['period']],
    ['remedyNotice without remedy', { event: '2025-02-03', eventType: 'posted', period: 'P1M', remedyNotice: 'missing' }, ['remedyNotice']],
    ['several problems at once', { event: '2025-13-01', eventType: 'posted', period: 'P1H', land: 'hh' }, ['event', 'land', 'period']],
  ])('rejects %s naming the field', (_name, input, paths) => {
    expect(problemPaths(input)).toEqual(paths);
  });
});
