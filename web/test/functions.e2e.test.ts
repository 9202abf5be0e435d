import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../../server/test/test-service';
import { expectAccessible, launchBrowser, login, screenshot, startService, watchPage, type RunningService } from './browser';

const PAGES: Array<{ path: string; link: string; title: string }> = [
  { path: 'recherche', link: 'Recherche', title: 'Recherche im Bestand' },
  { path: 'zusammenfassen', link: 'Zusammenfassen', title: 'Zusammenfassen' },
  { path: 'entwerfen', link: 'Entwerfen', title: 'Schreiben entwerfen' },
  { path: 'vereinfachen', link: 'Vereinfachen', title: 'Text vereinfachen' },
  { path: 'chat', link: 'Chat', title: 'Chat' },
  { path: 'dokumente', link: 'Dokumente', title: 'Dokumente' },
  { path: 'zugang', link: 'Zugang', title: 'Zugang und Tokens' },
];

// Real browser, real service, test models: generous on a loaded 2-core machine.
jest.setTimeout(120_000);

/** One full flow per function in real Chromium against the service with the test generator; axe on every page and state. */
describe('web UI: the five functions (Chromium, test-generator)', () => {
  let browser: Browser;
  let service: RunningService;
  let clerk: string;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await startService(() => ({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '16' }));
    clerk = service.test.tokenFor('clerk-e2e-functions');
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  beforeEach(async () => {
    context = await browser.newContext({ locale: 'de-DE', permissions: ['clipboard-read', 'clipboard-write'], acceptDownloads: true });
    page = await context.newPage();
    problems = watchPage(page);
    await login(page, service.baseUrl, clerk);
  });
  afterEach(async () => {
    await context.close();
    expect(problems).toEqual([]);
  });

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  /** Navigates by the main navigation and waits until focus sits on the new page's heading. */
  const open = async (path: string) => {
    const target = PAGES.find((candidate) => candidate.path === path);
    if (!target) throw new Error(`unknown page ${path}`);
    await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: target.link, exact: true }).click();
    await page.waitForFunction((title) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === title, target.title);
  };

  it('has no serious or critical axe violations on any page, and moves focus to each page heading', async () => {
    // Recherche is the start page: go elsewhere first so that every page is entered by navigation.
    // (Prüfprotokoll is for auditors and admins only: audit.e2e.test.ts covers it.)
    await open('zugang');
    for (const { path, link, title } of PAGES) {
      await open(path);
      expect(await page.title()).toBe(`${title} – LLMoin`);
      expect(await page.getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, `page ${path}`);
      await screenshot(page, `seite-${path}`);
    }
  });

  it('summarizes pasted text as bullet points, streams it, shows the mode badge and copies the result', async () => {
    await open('zusammenfassen');
    await page.getByLabel('Text', { exact: true }).fill(fs.readFileSync(path.join(REPO_ROOT, 'corpus/dienstleistung-hund-anmelden-hundesteuer.md'), 'utf8').slice(0, 1500));
    await page.getByLabel('Länge').selectOption('kurz');
    await page.getByLabel('Stil').selectOption('stichpunkte');
    await page.getByLabel('Zielgruppe').selectOption('buergerinnen');
    await page.getByRole('button', { name: 'Zusammenfassen', exact: true }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect(await page.locator('#summary .badge').innerText()).toBe('generativ — Modell test-generator');
    const summary = await page.locator('#summary-output .streamed').innerText();
    expect(summary.trim().length).toBeGreaterThan(0);
    expect(await page.locator('#summary-output').innerText()).toMatch(/\d+ Wörter \(Ziel: \d+\)/);
    await page.getByRole('button', { name: 'Kopieren' }).click();
    await page.getByText('In die Zwischenablage kopiert.').waitFor();
    expect((await clipboard()).replace(/\s+/g, ' ').trim()).toBe(summary.replace(/\s+/g, ' ').trim());
    await expectAccessible(page, 'summary result');
    await screenshot(page, 'zusammenfassen-ergebnis');
  });

  it('drafts a Bescheid, warns when the computed Rechtsbehelfsbelehrung is missing, checks citations, exports DOCX and copies it', async () => {
    await open('entwerfen');
    await page.getByLabel('Dokumentart').selectOption('bescheid');
    await page.getByLabel('Betreff').fill('Ihr Antrag auf Sondernutzungserlaubnis');
    await page.getByLabel('Entscheidung (Tenor) (Pflichtangabe)').fill('Die Sondernutzungserlaubnis wird erteilt.');
    await page.getByLabel('Rechtsgrundlagen (Pflichtangabe)').fill('§ 41 VwVfG');
    await page.getByLabel('Tag der Absendung oder Zustellung').first().fill('2025-03-04');
    await page.getByLabel('bürgernah').check();
    await page.getByRole('button', { name: 'Entwurf erstellen' }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect(await page.locator('#draft .badge').innerText()).toBe('generativ — Modell test-generator');
    expect((await page.getByTestId('draft-text').innerText()).trim().length).toBeGreaterThan(0);
    // 16 tokens cannot hold the computed Belehrung: the service reports it missing and the page warns.
    expect(await page.locator('#draft-output .note.warn').innerText()).toBe('Achtung: Die berechnete Rechtsbehelfsbelehrung fehlt im Text oder wurde verändert.');
    await page.getByRole('heading', { name: 'Normzitate' }).waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Als DOCX herunterladen' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('Ihr Antrag auf Sondernutzungserlaubnis.docx');
    const saved = await file.path();
    expect(fs.readFileSync(saved).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByText('Die Datei „Ihr Antrag auf Sondernutzungserlaubnis.docx“ wurde heruntergeladen.').waitFor();
    await page.getByRole('button', { name: 'Kopieren' }).click();
    expect((await clipboard()).trim()).toBe((await page.getByTestId('draft-text').innerText()).trim());
    await expectAccessible(page, 'draft result');
    await screenshot(page, 'entwerfen-ergebnis');
  });

  it('computes a deadline with the norm behind every step and takes it over into the Bescheid', async () => {
    await open('entwerfen');
    await page.getByLabel('Dokumentart').selectOption('bescheid');
    const helper = page.getByRole('region', { name: 'Fristenrechner' });
    await helper.getByLabel('Tag der Absendung oder Zustellung').fill('2025-03-04');
    await helper.getByLabel('Art der Bekanntgabe').selectOption('posted');
    await helper.getByLabel('Frist').selectOption('P1M');
    await helper.getByRole('button', { name: 'Frist berechnen' }).click();
    // Posted Tue 4 Mar 2025: deemed notified on the fourth day, Sat 8 Mar → Mon 10 Mar (§ 41 Abs. 2 VwVfG, § 31 Abs. 3 VwVfG); one month → Thu 10 Apr 2025.
    await helper.getByTestId('deadline-bekanntgabe').waitFor();
    expect(await helper.getByTestId('deadline-bekanntgabe').innerText()).toBe('Montag, 10.03.2025');
    expect(await helper.getByTestId('deadline-end').innerText()).toBe('Donnerstag, 10.04.2025');
    expect(await helper.locator('ol.steps').innerText()).toContain('§ 41 Abs. 2 Satz 1 VwVfG');
    await helper.getByLabel('Rechtsbehelf').selectOption('widerspruch');
    await helper.getByRole('button', { name: 'Frist berechnen' }).click();
    await helper.getByRole('heading', { name: 'Rechtsbehelfsbelehrung' }).waitFor();
    await helper.getByRole('button', { name: 'In den Bescheid übernehmen' }).click();
    expect(await page.locator('#draft-deadline-event').inputValue()).toBe('2025-03-04');
    expect(await page.locator('#draft-deadline-remedy').inputValue()).toBe('widerspruch');
    await expectAccessible(page, 'deadline result');
  });

  it('simplifies into Leichte Sprache with the rule reports of original and result side by side', async () => {
    await open('vereinfachen');
    const text = 'Die Beantragung der Erlaubnis erfolgt unter Beifügung der erforderlichen Unterlagen durch die antragstellende Person, wobei die Gebühr im Voraus zu entrichten ist.';
    await page.getByLabel('Ausgangstext').fill(text);
    await page.getByRole('button', { name: 'Nur Regeln prüfen' }).click();
    await page.getByRole('heading', { name: 'Regelprüfung des Ausgangstexts' }).waitFor();
    await page.getByLabel('Leichte Sprache').check();
    await page.getByRole('button', { name: 'Vereinfachen', exact: true }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect(await page.locator('#simplify .badge').innerText()).toBe('generativ — Modell test-generator');
    const columns = page.locator('.side-by-side .column');
    expect(await columns.count()).toBe(2);
    expect(await columns.nth(0).getByRole('heading', { name: 'Regelprüfung vorher' }).count()).toBe(1);
    expect(await columns.nth(1).getByRole('heading', { name: 'Regelprüfung nachher' }).count()).toBe(1);
    expect(await columns.nth(0).innerText()).toContain(text);
    expect(await columns.nth(0).locator('table').innerText()).toMatch(/Kurze Sätze\s+(erfüllt|nicht erfüllt)/);
    expect((await page.getByTestId('simplified-text').innerText()).trim().length).toBeGreaterThan(0);
    await expectAccessible(page, 'simplify result');
    await screenshot(page, 'vereinfachen-ergebnis');
  });

  it('chats with streamed answers, renames and deletes a chat', async () => {
    await open('chat');
    await page.getByRole('button', { name: 'Neuer Chat' }).click();
    await page.getByRole('heading', { name: 'Neuer Chat', level: 2 }).waitFor();
    await page.getByLabel('Ihre Nachricht').fill('Welche Unterlagen brauche ich für die Anmeldung eines Hundes?');
    await page.getByRole('button', { name: 'Senden' }).click();
    await page.getByText('Antwort erhalten.').waitFor({ timeout: 60_000 });
    const log = page.getByRole('log', { name: 'Nachrichten' });
    // After the answer the chat is reloaded from the service; the streaming placeholder goes away.
    await page.getByTestId('chat-streaming').waitFor({ state: 'detached' });
    expect(await log.locator('.message').count()).toBe(2);
    expect(await log.locator('.message-assistant .badge').innerText()).toBe('generativ — Modell test-generator');
    // The first message names the chat.
    const title = await page.locator('#chat-title').innerText();
    expect(title).toContain('Welche Unterlagen');
    await expectAccessible(page, 'chat with messages');
    await screenshot(page, 'chat');
    await page.getByRole('button', { name: 'Umbenennen' }).click();
    await page.getByLabel('Neuer Titel').fill('Hundesteuer');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { name: 'Hundesteuer', level: 2 }).waitFor();
    await page.getByRole('navigation', { name: 'Chatverlauf' }).getByRole('button', { name: 'Hundesteuer' }).waitFor();
    await page.getByRole('button', { name: 'Chat löschen' }).click();
    await page.getByRole('button', { name: 'Ja, löschen' }).click();
    await page.getByRole('heading', { name: 'Kein Chat geöffnet' }).waitFor();
    await page.getByRole('navigation', { name: 'Chatverlauf' }).getByText('Noch keine Chats.').waitFor();
    const chats = await fetch(`${service.baseUrl}/api/v1/chats`, { headers: { Authorization: clerk } }).then((response) => response.json() as Promise<{ chats: unknown[] }>);
    expect(chats.chats).toEqual([]);
  });

  it('cancels a running map-reduce summary: the page says so, the service records the abort and stops generating', async () => {
    await open('zusammenfassen');
    // About 8 000 characters: eight windows of the test generator's 1 000-character budget, each a model call.
    const long = ['dienstleistung-wohnsitz-anmelden.md', 'dienstleistung-hund-anmelden-hundesteuer.md', 'dienstleistung-gewerbe-anmelden.md']
      .map((name) => fs.readFileSync(path.join(REPO_ROOT, 'corpus', name), 'utf8')).join('\n\n').slice(0, 8_000);
    await page.getByLabel('Text', { exact: true }).fill(long);
    await page.getByRole('button', { name: 'Zusammenfassen', exact: true }).click();
    // Cancel once at least one window is done (progress events may arrive together, so any count ≥ 1).
    await page.getByText(/Abschnitte werden zusammengefasst: [1-9]\d* von \d+\./).waitFor({ timeout: 90_000 });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Abbrechen');
    await expectAccessible(page, 'summary running with progress');
    await page.keyboard.press('Enter');
    await page.getByText('Abgebrochen. Der bisher erzeugte Text bleibt stehen.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Zusammenfassen');
    // The disconnect reaches the service: the call is audited as aborted and the generation queue drains
    // at once instead of running the remaining windows.
    const drained = async () => {
      for (let waited = 0; waited < 3_000; waited += 50) {
        const queue = service.test.service.deps.status().models.generation.queue;
        if (queue && queue.busy === 0 && queue.queued === 0) return true;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return false;
    };
    expect(await drained()).toBe(true);
    const audit = await fetch(`${service.baseUrl}/api/v1/audit/records?${new URLSearchParams({ function: 'POST /api/v1/summarize', outcome: 'aborted' })}`, {
      headers: { Authorization: service.test.admin },
    }).then((response) => response.json() as Promise<{ records: Array<{ outcome: string }> }>);
    expect(audit.records).toHaveLength(1);
  }, 150_000);
});
