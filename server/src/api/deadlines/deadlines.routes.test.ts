import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';

describe('POST /api/v1/deadlines', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService();
    clerk = test.tokenFor('clerk-deadlines');
  });
  afterAll(() => test.close());

  const post = (body: object) => request(test.app).post('/api/v1/deadlines').set('Authorization', clerk).send(body);

  it('requires a bearer token', async () => {
    const body = { event: '2025-03-03', eventType: 'posted', period: 'P1M' };
    const anonymous = await request(test.app).post('/api/v1/deadlines').send(body).expect(401);
    expect(anonymous.headers['content-type']).toMatch(/application\/problem\+json/);
    await request(test.app).post('/api/v1/deadlines').set('Authorization', 'Bearer not-a-token').send(body).expect(401);
  });

  it('refuses auditors, who may not use generation features', async () => {
    const auditor = test.tokenFor('auditor-deadlines', 'auditor');
    await request(test.app).post('/api/v1/deadlines').set('Authorization', auditor).send({ event: '2025-03-03', eventType: 'posted', period: 'P1M' }).expect(403);
  });

  it('names every bad field at once', async () => {
    const response = await post({ event: '2025-13-01', eventType: 'posted', period: 'P1D', land: 'hh', remedyNotice: 'missing' }).expect(400);
    expect((response.body.errors as Array<{ path: string }>).map((error) => error.path).sort()).toEqual(['event', 'land']);
  });

  it('computes Bekanntgabe and end for a clerk, with norm-citing explanation steps', async () => {
    // Posted Tue 4 Mar 2025 → fourth day Sat 8 Mar → Mon 10 Mar; one month → Thu 10 Apr 2025.
    const response = await post({ event: '2025-03-04', eventType: 'posted', period: 'P1M', land: 'HH' }).expect(200);
    expect(response.body).toMatchObject({ bekanntgabe: '2025-03-10', end: '2025-04-10', land: 'HH', start: '2025-03-11' });
    const explanation = response.body.explanation as Array<{ norm: string; text: string; date: string }>;
    expect(explanation[0]).toMatchObject({ norm: expect.stringContaining('§ 41 Abs. 2 Satz 1 VwVfG'), date: '2025-03-08' });
    expect(explanation.map((step) => Object.keys(step).sort())).toEqual(explanation.map(() => ['date', 'norm', 'text']));
    expect(explanation.at(-1)).toMatchObject({ date: '2025-04-10' });
    expect(response.body.bekanntgabeShiftedBy).toEqual([{ date: '2025-03-08', reason: 'Samstag' }, { date: '2025-03-09', reason: 'Sonntag' }]);
    expect(response.body).not.toHaveProperty('rechtsbehelfsbelehrung');
  });

  it('defaults the Land to Hamburg and applies Land holidays', async () => {
    // Fri 17 Oct 2025 + 2 weeks = Fri 31 Oct: Reformationstag in Hamburg, not in Bavaria.
    const hamburg = await post({ event: '2025-10-17', eventType: 'delivered', period: 'P2W' }).expect(200);
    expect(hamburg.body).toMatchObject({ land: 'HH', end: '2025-11-03' });
    const bavaria = await post({ event: '2025-10-17', eventType: 'delivered', period: 'P2W', land: 'BY' }).expect(200);
    expect(bavaria.body).toMatchObject({ land: 'BY', end: '2025-10-31', shiftedBy: [] });
  });

  it('composes a Rechtsbehelfsbelehrung containing the computed end date', async () => {
    const response = await post({
      event: '2025-03-03', eventType: 'posted', remedy: 'widerspruch',
      authority: { name: 'Bezirksamt Altona', address: 'Platz der Republik 1, 22765 Hamburg' },
    }).expect(200);
    expect(response.body).toMatchObject({ bekanntgabe: '2025-03-07', end: '2025-04-07', period: 'P1M', remedy: 'widerspruch', remedyNotice: 'correct' });
    expect(response.body.rechtsbehelfsbelehrung).toContain('Widerspruch erhoben werden');
    expect(response.body.rechtsbehelfsbelehrung).toContain('Bezirksamt Altona, Platz der Republik 1, 22765 Hamburg');
    expect(response.body.rechtsbehelfsbelehrung).toContain('mit Ablauf des 7. April 2025 (Montag)');
  });

  it('applies the one-year period of § 58 Abs. 2 VwGO without a correct Belehrung, and writes none', async () => {
    // Zustellung Fri 14 Mar 2025 + 1 year = Sat 14 Mar 2026 → Mon 16 Mar 2026.
    const response = await post({ event: '2025-03-14', eventType: 'delivered', remedy: 'klage', remedyNotice: 'missing' }).expect(200);
    expect(response.body).toMatchObject({ period: 'P1Y', end: '2026-03-16' });
    expect(response.body).not.toHaveProperty('rechtsbehelfsbelehrung');
  });

  it.each([
    ['an impossible date', { event: '2025-02-30', eventType: 'posted', period: 'P1M' }, 'event'],
    ['a German date format', { event: '30.01.2025', eventType: 'posted', period: 'P1M' }, 'event'],
    ['an unknown Land', { event: '2025-01-30', eventType: 'posted', period: 'P1M', land: 'XY' }, 'land'],
    ['an unknown event type', { event: '2025-01-30', eventType: 'faxed', period: 'P1M' }, 'eventType'],
    ['a time part in the period', { event: '2025-01-30', eventType: 'posted', period: 'PT12H' }, 'period'],
    ['a zero period', { event: '2025-01-30', eventType: 'posted', period: 'P0M' }, 'period'],
    ['a negative period', { event: '2025-01-30', eventType: 'posted', period: '-P1M' }, 'period'],
    ['a missing period', { event: '2025-01-30', eventType: 'posted' }, 'period'],
    ['a period other than a month with a remedy', { event: '2025-01-30', eventType: 'posted', period: 'P2M', remedy: 'klage' }, 'period'],
    ['an unknown field', { event: '2025-01-30', eventType: 'posted', period: 'P1M', tz: 'Europe/Berlin' }, '(root)'],
  ])('answers 400 naming the field for %s', async (_name, body, field) => {
    const response = await post(body).expect(400);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 400, type: 'urn:llmoin:problem:validation-failed' });
    expect((response.body.errors as Array<{ path: string }>).map((error) => error.path)).toContain(field);
    expect(response.body.detail).toContain(field);
  });
});
