import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { requireSharedData } from '../../server/test/shared-data';
import { expectAccessible, launchBrowser, login, screenshot, startService, watchPage, type RunningService } from './browser';

// Real browser, real service, test models: generous on a loaded 2-core machine.
jest.setTimeout(120_000);

/**
 * Real Chromium against the real service with the committed test generator: sign-in, upload →
 * research → citation panel, rejected uploads, error messages and a keyboard-only pass.
 */
describe('web UI: research, documents, errors, keyboard (Chromium, test-generator)', () => {
  let browser: Browser;
  let service: RunningService;
  let clerk: string;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await startService(() => ({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '16' }), { corpus: true });
    clerk = service.test.tokenFor('clerk-e2e-research');
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE' });
    page = await context.newPage();
    problems = watchPage(page);
  });
  afterEach(async () => {
    await context.close();
    expect(problems).toEqual([]);
  });

  it('rejects a wrong token in German, signs in with a personal token and signs out', async () => {
    await page.goto(`${service.baseUrl}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');
    await page.getByLabel('Persönliches API-Token').fill('falsches-token');
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Anmeldung erforderlich: Ihr Token ist ungültig oder abgelaufen');
    await expectAccessible(page, 'login error');
    await login(page, service.baseUrl, clerk);
    expect(await page.locator('h1').innerText()).toBe('Recherche im Bestand');
    expect(await page.getByTestId('health-badge').innerText()).toBe('Sprachmodell test-generator bereit');
    expect(await page.evaluate(() => sessionStorage.getItem('llmoin.token'))).toBe(clerk.replace('Bearer ', ''));
    await page.getByRole('button', { name: 'Abmelden' }).click();
    await page.getByText('Sie haben sich abgemeldet.').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('llmoin.token'))).toBeNull();
  });

  it('uploads a PDF with progress, researches it and shows the cited passage with page and highlighted quote', async () => {
    const pdf = path.join(requireSharedData('pdf'), 'vbrinsvv_hinweisblatt.pdf');
    await login(page, service.baseUrl, clerk);
    await page.getByRole('link', { name: 'Dokumente' }).click();
    await page.getByLabel('Datei (PDF, DOCX, HTML, Markdown, Text)').setInputFiles(pdf);
    // The upload progress bar must appear while bytes are sent (XMLHttpRequest upload events).
    const sawProgress = page.waitForSelector('#upload-progress', { state: 'attached' });
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await sawProgress;
    await page.getByText(/wurde aufgenommen und indiziert/).waitFor({ timeout: 30_000 });
    // The list reloads after the upload: wait for the new row.
    const row = page.getByRole('row').filter({ hasText: 'uploads' });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/12\s+indiziert/);
    await expectAccessible(page, 'documents after upload');
    await screenshot(page, 'dokumente');

    await page.getByRole('link', { name: 'Recherche' }).click();
    await page.getByLabel('Ihre Frage').fill('Wann wird die Restschuldbefreiung erteilt?');
    await page.getByRole('button', { name: 'Recherche starten' }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect(await page.locator('.badge').innerText()).toBe('generativ — Modell test-generator');
    const citations = page.locator('ol.citations button');
    expect(await citations.count()).toBeGreaterThan(0);
    const first = citations.first();
    expect(await first.innerText()).toMatch(/^\[1\] /);
    await expectAccessible(page, 'research answer');
    await first.click();
    const panel = page.getByRole('dialog', { name: 'Fundstelle 1' });
    await panel.waitFor();
    // Focus moves into the panel; the highlighted span is the citation's quote, the page a real page number.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('panel-title');
    await panel.locator('mark').waitFor();
    const marked = (await panel.locator('mark').innerText()).replace(/\s+/g, ' ').trim();
    const facts = await panel.locator('dl').innerText();
    expect(facts).toMatch(/Seite\s+\d+/);
    // Research cites the retrieved passages in rank order; search (no generation) retrieves the same ones.
    const search = await fetch(`${service.baseUrl}/api/v1/search`, {
      method: 'POST', headers: { Authorization: clerk, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: 'Wann wird die Restschuldbefreiung erteilt?', k: 5 }),
    }).then((response) => response.json() as Promise<{ results: Array<{ quote: string; title: string; page: number }> }>);
    const expected = search.results[0];
    expect(marked).toBe(expected?.quote.replace(/\s+/g, ' ').trim());
    expect(facts).toContain(expected?.title);
    expect(facts).toMatch(new RegExp(`Seite\\s+${expected?.page}`));
    await expectAccessible(page, 'citation panel');
    await screenshot(page, 'recherche-fundstelle');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^\[1\] /);
  });

  it('lists a scanned PDF as rejected with the German reason and deletes an own upload', async () => {
    const scan = path.join(requireSharedData('pdf'), 'gewanzv_gewa1_gewerbeanmeldung_s1.pdf');
    await login(page, service.baseUrl, service.test.tokenFor('clerk-e2e-scan'));
    await page.getByRole('link', { name: 'Dokumente' }).click();
    await page.getByLabel('Datei (PDF, DOCX, HTML, Markdown, Text)').setInputFiles(scan);
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain('Das Dokument kann nicht verarbeitet werden: Die PDF-Datei hat keine Textebene (vermutlich ein Scan).');
    const rejected = page.getByRole('table', { name: 'Abgelehnte Dateien mit Grund' });
    await rejected.waitFor();
    expect(await rejected.innerText()).toMatch(/gewanzv_gewa1_gewerbeanmeldung_s1\.pdf\s+keine Textebene\s+Die PDF-Datei hat keine Textebene/);
    await expectAccessible(page, 'documents with rejection and error');

    const markdown = path.join(service.test.dataDir, 'notiz.md');
    fs.writeFileSync(markdown, '# Interne Notiz\n\nDie Sprechzeiten des Kundenzentrums ändern sich ab Mai.\n');
    await page.getByLabel('Datei (PDF, DOCX, HTML, Markdown, Text)').setInputFiles(markdown);
    await page.getByRole('button', { name: 'Hochladen', exact: true }).click();
    await page.getByText('„Interne Notiz“ wurde aufgenommen und indiziert.').waitFor();
    await page.getByRole('button', { name: 'Löschen: Interne Notiz' }).click();
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    await page.getByText('„Interne Notiz“ wurde gelöscht.').waitFor();
    await page.getByRole('row').filter({ hasText: 'Interne Notiz' }).waitFor({ state: 'detached' });
  });

  it('shows German messages for invalid input and returns to the login when the token is revoked', async () => {
    const created = service.test.service.deps.tokens.create({ subject: 'clerk-e2e-revoked', role: 'clerk', name: 'e2e', expiresAt: null });
    await login(page, service.baseUrl, created.token);
    await page.getByLabel('Ihre Frage').fill('Wer? '.repeat(450));
    await page.getByRole('button', { name: 'Recherche starten' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Eingabe prüfen: Die Anfrage ist unvollständig oder ungültig. Betroffen: Frage.');
    // Focus goes to the error so that keyboard and screen reader users land on it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectAccessible(page, 'research error');
    await screenshot(page, 'fehlermeldung');
    service.test.service.deps.tokens.revoke(created.record.id);
    await page.getByRole('link', { name: 'Chat' }).click();
    await page.getByText('Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut an.').waitFor();
    expect(await page.getByLabel('Persönliches API-Token').isVisible()).toBe(true);
  });

  it('is operable by keyboard alone, with visible focus and focus moved on navigation and panels', async () => {
    await page.goto(`${service.baseUrl}/`);
    const focused = () => page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      const style = element ? getComputedStyle(element) : null;
      return { tag: element?.tagName, id: element?.id, text: element?.textContent?.trim().slice(0, 60), outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
    });
    await page.keyboard.press('Tab');
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Zum Inhalt springen', outline: 'solid 3px' });
    await page.keyboard.press('Enter');
    expect((await focused()).id).toBe('main');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('login-token');
    await page.keyboard.type(clerk.replace('Bearer ', ''));
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).waitFor();
    // Tab from the page heading into the navigation, forward to "Vereinfachen".
    await page.locator('h1').focus();
    await page.keyboard.press('Shift+Tab');
    for (let index = 0; index < 8 && (await focused()).text !== 'Vereinfachen'; index += 1) await page.keyboard.press('Shift+Tab');
    expect(await focused()).toMatchObject({ tag: 'A', text: 'Vereinfachen', outline: 'solid 3px' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === 'Text vereinfachen');
    await page.keyboard.press('Tab');
    expect((await focused()).id).toBe('simplify-text');
    await page.keyboard.type('Die Beantragung der Genehmigung erfolgt durch die Einreichung der Unterlagen.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowRight');
    expect(await page.getByLabel('Leichte Sprache').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect((await focused()).text).toBe('Vereinfachen');
    await page.keyboard.press('Enter');
    // While it runs, focus sits on "Abbrechen"; when done it moves to the result heading.
    await page.waitForFunction(() => document.activeElement?.id === 'simplify-title', undefined, { timeout: 60_000 });
    expect(await page.locator('.side-by-side').count()).toBe(1);

    await page.goto(`${service.baseUrl}/#/recherche`);
    await page.locator('h1').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wo melde ich meinen Wohnsitz an?');
    for (let index = 0; index < 6 && (await focused()).text !== 'Recherche starten'; index += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'research-title', undefined, { timeout: 60_000 });
    for (let index = 0; index < 40 && !(await focused()).text?.startsWith('[1]'); index += 1) await page.keyboard.press('Tab');
    expect((await focused()).outline).toBe('solid 3px');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
    await page.keyboard.press('Escape');
    expect((await focused()).text).toMatch(/^\[1\]/);
  });
});
