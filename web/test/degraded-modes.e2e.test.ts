import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/test/test-service';
import { expectAccessible, launchBrowser, login, screenshot, startService, watchPage, type RunningService } from './browser';

// Real browser, real service, test models: generous on a loaded 2-core machine.
jest.setTimeout(120_000);

/** Without a generation model every function still answers, and the page says how (mode badges). */
describe('web UI without a language model (Chromium)', () => {
  let browser: Browser;
  let service: RunningService;
  let clerk: string;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await startService(() => ({}), { corpus: true });
    clerk = service.test.tokenFor('clerk-e2e-degraded');
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE', permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    problems = watchPage(page);
    await login(page, service.baseUrl, clerk);
  });
  afterEach(async () => {
    await context.close();
    expect(problems).toEqual([]);
  });

  it('answers research extractively with [n] markers that open the quoted passage', async () => {
    expect(await page.getByTestId('health-badge').innerText()).toBe('Kein Sprachmodell: Antworten extraktiv, Entwürfe als Vorlage');
    await page.getByLabel('Ihre Frage').fill('Welche Unterlagen brauche ich, um meinen Wohnsitz anzumelden?');
    await page.getByRole('button', { name: 'Recherche starten' }).click();
    await page.getByText('Fertig.').waitFor();
    expect(await page.locator('#research .badge').innerText()).toBe('extraktiv — kein Sprachmodell verfügbar');
    const marker = page.locator('.answer button.marker').first();
    await marker.waitFor();
    const label = await marker.getAttribute('aria-label');
    expect(label).toMatch(/^\[1\] Fundstelle anzeigen: /);
    await expectAccessible(page, 'extractive answer');
    await marker.click();
    const panel = page.getByRole('dialog', { name: 'Fundstelle 1' });
    await panel.locator('mark').waitFor();
    // The extractive answer quotes verbatim: the highlighted span is in the answer text.
    const marked = (await panel.locator('mark').innerText()).replace(/\s+/g, ' ').trim();
    const answer = (await page.locator('.answer').innerText()).replace(/\s+/g, ' ');
    expect(marked.length).toBeGreaterThan(20);
    expect(answer).toContain(marked.slice(0, 40));
    expect(await panel.locator('dl').innerText()).toContain(label?.replace(/^\[1\] Fundstelle anzeigen: /, '') ?? '');
    await expectAccessible(page, 'extractive citation panel');
    await screenshot(page, 'ohne-modell-recherche');
    await panel.getByRole('button', { name: 'Schließen' }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(label);
  });

  it('summarizes an uploaded file extractively, with upload progress', async () => {
    await page.getByRole('link', { name: 'Zusammenfassen' }).click();
    await page.getByLabel('Datei hochladen').check();
    await page.getByLabel('Datei (PDF, DOCX, HTML, Markdown, Text)').setInputFiles(path.join(REPO_ROOT, 'corpus/rundschreiben-oeffnungszeiten-online-termine.txt'));
    const progress = page.waitForSelector('#summary-upload-progress', { state: 'attached' });
    await page.getByRole('button', { name: 'Zusammenfassen', exact: true }).click();
    await progress;
    await page.getByText('Fertig.').waitFor();
    expect(await page.locator('#summary .badge').innerText()).toBe('extraktiv — kein Sprachmodell verfügbar');
    expect(await page.locator('#summary-output').innerText()).toMatch(/^Dokument: /);
    // An extractive summary consists of sentences of the source.
    const source = fs.readFileSync(path.join(REPO_ROOT, 'corpus/rundschreiben-oeffnungszeiten-online-termine.txt'), 'utf8').replace(/\s+/g, ' ');
    const firstSentence = (await page.locator('#summary-output .streamed p').first().innerText()).replace(/\s+/g, ' ').trim().split(/(?<=[.!?])\s/)[0] ?? '';
    expect(source).toContain(firstSentence.replace(/^[-•]\s*/, ''));
    await expectAccessible(page, 'extractive summary');
  });

  it('drafts from the template and lists the gaps to fill', async () => {
    await page.getByRole('link', { name: 'Entwerfen' }).click();
    await page.getByLabel('Dokumentart').selectOption('anhoerung');
    await page.getByLabel('Betreff').fill('Beabsichtigte Beseitigungsanordnung');
    await page.getByLabel('Kernpunkte (Pflichtangabe)').fill('Ablagerung von Sperrmüll auf dem Gehweg\nFrist zur Beseitigung: zwei Wochen');
    await page.getByRole('button', { name: 'Entwurf erstellen' }).click();
    await page.getByText('Fertig.').waitFor();
    expect(await page.locator('#draft .badge').innerText()).toBe('Vorlage — kein Sprachmodell verfügbar');
    const text = await page.getByTestId('draft-text').innerText();
    expect(text).toContain('Ablagerung von Sperrmüll auf dem Gehweg');
    expect(text).toContain('[[Bitte ergänzen: beabsichtigte Maßnahme]]');
    const gaps = await page.locator('#draft-output .note.warn').first().innerText();
    expect(gaps).toContain('beabsichtigte Maßnahme (Pflichtangabe)');
    expect(gaps).toContain('Frist zur Äußerung (Pflichtangabe)');
    await expectAccessible(page, 'template draft');
    await screenshot(page, 'ohne-modell-entwurf');
  });

  it('checks plain-language rules only, saying that no new text is written', async () => {
    await page.getByRole('link', { name: 'Vereinfachen' }).click();
    await page.getByLabel('Ausgangstext').fill('Die Antragstellung hat unter Beifügung sämtlicher erforderlicher Nachweise schriftlich zu erfolgen.');
    await page.getByRole('button', { name: 'Vereinfachen', exact: true }).click();
    await page.getByText('Fertig.').waitFor();
    expect(await page.locator('#simplify .badge').innerText()).toBe('Regelprüfung — kein Sprachmodell verfügbar');
    expect(await page.locator('#simplify-output').innerText()).toContain('Ohne Sprachmodell entsteht kein neuer Text');
    expect(await page.getByRole('heading', { name: 'Regelprüfung vorher' }).count()).toBe(1);
    await expectAccessible(page, 'rules-only simplify');
    await screenshot(page, 'ohne-modell-vereinfachen');
  });

  it('creates a personal token for the add-in, shows it once and revokes it', async () => {
    await page.getByRole('link', { name: 'Zugang' }).click();
    await page.getByLabel('Bezeichnung').fill('Outlook im Büro');
    await page.getByRole('button', { name: 'Token erstellen' }).click();
    const token = await page.getByTestId('new-token').innerText();
    const check = await fetch(`${service.baseUrl}/api/v1/draft/types`, { headers: { Authorization: `Bearer ${token}` } });
    expect(check.status).toBe(200);
    await page.getByRole('button', { name: 'Token kopieren' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    await expectAccessible(page, 'token created');
    await page.getByRole('button', { name: 'Widerrufen: Outlook im Büro' }).click();
    await page.getByText(/Outlook im Büro \(clerk-e2e-degraded, clerk\), widerrufen am /).waitFor();
    expect((await fetch(`${service.baseUrl}/api/v1/draft/types`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(401);
  });
});
