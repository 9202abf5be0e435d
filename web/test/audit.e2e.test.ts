import fs from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dropAuditTriggers } from '../../server/src/audit/audit-fixture';
import { expectAccessible, launchBrowser, login, screenshot, startService, watchPage, type RunningService } from './browser';

// Real browser, real service, test models: generous on a loaded 2-core machine.
jest.setTimeout(120_000);

const DEADLINES = 'POST /api/v1/deadlines';
const CSV_HEADER = 'seq,at,actor,subject,role,function,model,prompt_id,prompt_version,documents,tokens_in,tokens_out,latency_ms,outcome,status,mode,request_id,prev_hash,hash';

/** The auditors' page: records with filters and paging, CSV export, chain verification; hidden from clerks. */
describe('web UI Prüfprotokoll (Chromium)', () => {
  let browser: Browser;
  let service: RunningService;
  let clerk: string;
  let auditor: string;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  const call = (method: string, path: string, token: string, body?: object) => fetch(`${service.baseUrl}${path}`, {
    method,
    headers: { Authorization: token, ...(body ? { 'Content-Type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const openAuditPage = async (token: string) => {
    await login(page, service.baseUrl, token);
    await page.getByRole('link', { name: 'Prüfprotokoll' }).click();
    await page.getByRole('heading', { level: 1, name: 'Prüfprotokoll' }).waitFor();
    await page.getByTestId('audit-table').waitFor();
  };
  const column = (index: number) => page.locator(`[data-testid="audit-table"] tbody tr > :nth-child(${index})`).allInnerTexts();

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await startService(() => ({}));
    clerk = service.test.tokenFor('clerk-e2e-audit');
    auditor = service.test.tokenFor('auditor-e2e-audit', 'auditor');
    // A clerk's work to audit: two deadline calculations, one research question, and enough cheap
    // calls that the unfiltered list needs a second page (50 per page).
    for (const event of ['2025-03-03', '2025-04-07']) {
      expect((await call('POST', '/api/v1/deadlines', clerk, { event, eventType: 'posted', period: 'P1M' })).status).toBe(200);
    }
    expect((await call('POST', '/api/v1/research', clerk, { question: 'Welche Unterlagen brauche ich für die Anmeldung?' })).status).toBe(200);
    for (let index = 0; index < 55; index += 1) expect((await call('GET', '/api/v1/draft/types', clerk)).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE', acceptDownloads: true });
    page = await context.newPage();
    problems = watchPage(page);
  });
  afterEach(async () => {
    await context.close();
    expect(problems).toEqual([]);
  });

  it('hides the page from clerks, whom the API refuses too', async () => {
    await login(page, service.baseUrl, clerk);
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    await nav.getByRole('link', { name: 'Zugang' }).waitFor();
    // /me has answered once the nav is complete; give a late answer a moment to show the entry.
    await page.waitForLoadState('networkidle');
    expect(await nav.getByRole('link', { name: 'Prüfprotokoll' }).count()).toBe(0);
    await page.goto(`${service.baseUrl}/#/pruefprotokoll`);
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Recherche im Bestand');
    expect((await call('GET', '/api/v1/audit/records', clerk)).status).toBe(403);
  });

  it('lists records, filters by function, pages with "Weitere laden" and passes axe (auditor)', async () => {
    await openAuditPage(auditor);
    expect(await page.getByTestId('audit-count').innerText()).toBe('50 Einträge angezeigt, weitere vorhanden.');
    await expectAccessible(page, 'audit records');

    await page.getByRole('button', { name: 'Weitere laden' }).click();
    await page.locator('[data-testid="audit-table"] tbody tr:nth-child(51)').waitFor();
    const seqs = (await page.locator('[data-testid="audit-table"] tbody tr').evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-seq')))));
    expect(seqs.length).toBeGreaterThan(50);
    // Newest first, no record twice across the two pages.
    expect(seqs.every((seq, index) => index === 0 || seq < (seqs[index - 1] as number))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.getAttribute('data-seq'))).toBe(String(seqs[50]));

    await page.getByLabel('Funktion').fill(DEADLINES);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByTestId('audit-count').getByText('2 Einträge angezeigt.').waitFor();
    expect(await column(4)).toEqual([DEADLINES, DEADLINES]);
    expect(await column(3)).toEqual(['clerk', 'clerk']);
    const actors = await column(2);
    expect(actors[0]).toMatch(/^ps_/);
    expect(actors[1]).toBe(actors[0]);
    expect(await column(9)).toEqual(['Erfolg (200)', 'Erfolg (200)']);
    expect(await page.getByRole('button', { name: 'Weitere laden' }).count()).toBe(0);
    await expectAccessible(page, 'audit records filtered');
    await screenshot(page, 'pruefprotokoll');

    // Function and outcome together: no deadline call was refused.
    await page.getByLabel('Ergebnis').selectOption('forbidden');
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByText('Keine Einträge zu diesen Filtern.').waitFor();
  });

  it('exports the filtered records as CSV and verifies the chain (admin)', async () => {
    await openAuditPage(service.test.admin);
    await page.getByLabel('Funktion').fill(DEADLINES);
    await page.getByRole('button', { name: 'Anzeigen' }).click();
    await page.getByTestId('audit-count').getByText('2 Einträge angezeigt.').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Als CSV exportieren' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^llmoin-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = fs.readFileSync(await file.path(), 'utf8').split('\r\n').filter((line) => line !== '');
    expect(lines[0]).toBe(CSV_HEADER);
    expect(lines).toHaveLength(3);
    for (const line of lines.slice(1)) expect(line.split(',')[5]).toBe(DEADLINES);
    await page.getByText(/^Export heruntergeladen: llmoin-audit-/).waitFor();

    await page.getByRole('button', { name: 'Protokoll prüfen' }).click();
    const verdict = page.getByTestId('audit-verify-result').getByText(/^Kette intakt: /);
    await verdict.waitFor();
    const match = /^Kette intakt: (\d+) Einträge, (\d+) Prüfpunkte$/.exec(await verdict.innerText());
    expect(match).not.toBeNull();
    // At least the 60 calls made before plus this session's own; the service agrees right after.
    const counted = Number(match?.[1]);
    expect(counted).toBeGreaterThan(60);
    const api = (await (await call('GET', '/api/v1/audit/verify', service.test.admin)).json()) as { ok: boolean; records: number };
    expect(api.ok).toBe(true);
    expect(api.records).toBeGreaterThanOrEqual(counted);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page, 'audit verified');
    await screenshot(page, 'pruefprotokoll-pruefung');
  });

  // Last: it breaks the chain of this service for good.
  it('names the first broken link in an alert after a record was changed in the database', async () => {
    const listing = (await (await call('GET', `/api/v1/audit/records?function=${encodeURIComponent(DEADLINES)}`, auditor)).json()) as { records: Array<{ seq: number }> };
    const tampered = Math.min(...listing.records.map((record) => record.seq));
    const database = service.test.service.deps.audit.tables.database;
    dropAuditTriggers(database);
    database.prepare("UPDATE audit_records SET outcome = 'forbidden', status = 403 WHERE seq = ?").run(tampered);

    await openAuditPage(auditor);
    await page.getByRole('button', { name: 'Protokoll prüfen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.error-title').innerText()).toBe(`Kette unterbrochen bei Eintrag ${tampered}: Eintrag wurde verändert (Prüfsumme stimmt nicht) (hash-mismatch)`);
    expect(await page.getByText(/^Kette intakt/).count()).toBe(0);
    await expectAccessible(page, 'audit broken chain');
  });
});
