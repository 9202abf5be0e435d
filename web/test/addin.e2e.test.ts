import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { expectAccessible, launchBrowser, screenshot, startService, watchPage, type RunningService } from './browser';
import { officeStandIn, type StandInOptions } from './office-stand-in';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

// Real browser, real service, test models: generous on a loaded 2-core machine.
jest.setTimeout(120_000);

/**
 * The Word/Outlook task pane in Chromium with a stand-in Office.js. The pane is loaded from a
 * second origin (http://addin.test:<port>, mapped to loopback) and calls the API at
 * LLMOIN_PUBLIC_URL (http://127.0.0.1:<port>): a real cross-origin setup that only works
 * because LLMOIN_CORS_ORIGINS admits the add-in origin.
 */
describe('Office add-in task pane (Chromium, stand-in Office.js)', () => {
  let browser: Browser;
  let service: RunningService;
  let context: BrowserContext;
  let page: Page;
  let problems: string[];
  let apiRequests: Request[];
  let token: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    service = await startService((port) => ({
      LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '16',
      LLMOIN_PUBLIC_URL: `http://127.0.0.1:${port}`, LLMOIN_CORS_ORIGINS: `http://addin.test:${port}`,
    }));
    token = service.test.tokenFor('clerk-e2e-addin').replace('Bearer ', '');
  });
  afterAll(async () => {
    await browser?.close();
    await service?.close();
  });
  afterEach(async () => {
    await context.close();
  });

  async function openPane(origin: string, office: StandInOptions): Promise<void> {
    context = await browser.newContext({ locale: 'de-DE' });
    page = await context.newPage();
    problems = watchPage(page);
    apiRequests = [];
    page.on('request', (request) => { if (request.url().startsWith(`${service.baseUrl}/api/`)) apiRequests.push(request); });
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'application/javascript', body: officeStandIn(office) }));
    await page.goto(`${origin}/addin/taskpane.html?host=${office.host.toLowerCase()}`);
  }
  const calls = () => page.evaluate(() => (window as unknown as { __officeCalls: unknown[][] }).__officeCalls);
  const saveToken = async () => {
    await page.getByLabel('Persönliches API-Token').fill(token);
    await page.getByRole('button', { name: 'Speichern' }).click();
  };

  it('in Word: reads the selection, simplifies it (streamed), inserts at the cursor; token in OfficeRuntime.storage', async () => {
    const selection = 'Die Beantragung der Erlaubnis erfolgt unter Beifügung der erforderlichen Unterlagen.';
    await openPane(`http://addin.test:${service.port}`, { host: 'Word', text: selection, runtimeStorage: true });
    await page.getByRole('heading', { name: 'LLMoin für Word' }).waitFor();
    await expectAccessible(page, 'task pane token form');
    await saveToken();
    expect(await page.evaluate(() => [...(window as unknown as { __runtimeStore: Map<string, string> }).__runtimeStore.values()])).toEqual([token]);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    await page.getByRole('button', { name: 'Markierung übernehmen' }).click();
    await page.getByText(`Markierung übernommen (${selection.length} Zeichen).`).waitFor();
    expect(await page.getByLabel('Text (Markierung)').inputValue()).toBe(selection);
    await page.getByLabel('Vereinfachen').check();
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect(await page.locator('.badge').innerText()).toBe('generativ — Modell test-generator');
    const output = await page.getByTestId('addin-output').innerText();
    expect(output.trim().length).toBeGreaterThan(0);
    await expectAccessible(page, 'task pane result');
    await screenshot(page, 'addin-word');
    await page.getByRole('button', { name: 'An der Cursorposition einfügen' }).click();
    await page.getByText('In das Dokument eingefügt.').waitFor();
    expect(await calls()).toEqual([['getSelectedDataAsync', 'text'], ['setSelectedDataAsync', output, 'text']]);
    // The calls went cross-origin to the public URL, with the bearer token, and the CORS answer let the page read them.
    const simplify = apiRequests.find((request) => request.url().endsWith('/api/v1/simplify'));
    expect(simplify?.headers()['authorization']).toBe(`Bearer ${token}`);
    expect(simplify?.headers()['origin']).toBe(`http://addin.test:${service.port}`);
    expect((await simplify?.response())?.headers()['access-control-allow-origin']).toBe(`http://addin.test:${service.port}`);
    expect(problems).toEqual([]);
  });

  it('in Outlook: summarizes the mail, drafts a reply with "AW:" and opens it as a reply; token in localStorage', async () => {
    const body = 'Sehr geehrte Damen und Herren,\nich möchte meinen Hund anmelden. Welche Unterlagen brauche ich und was kostet die Hundesteuer?\nMit freundlichen Grüßen\nM. Muster';
    await openPane(`http://addin.test:${service.port}`, { host: 'Outlook', text: body, subject: 'Hundeanmeldung', runtimeStorage: false });
    await page.getByRole('heading', { name: 'LLMoin für Outlook' }).waitFor();
    await saveToken();
    expect(await page.evaluate(() => localStorage.getItem('llmoin.addin.token'))).toBe(token);
    await page.getByRole('button', { name: 'E-Mail übernehmen' }).click();
    await page.getByText(`E-Mail-Text übernommen (${body.length} Zeichen).`).waitFor();
    expect(await page.getByLabel('E-Mail-Text').inputValue()).toBe(body);
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect((await page.getByTestId('addin-output').innerText()).trim().length).toBeGreaterThan(0);

    await page.getByLabel('Antwort entwerfen').check();
    await page.getByLabel('Kernpunkte der Antwort (eine pro Zeile)').fill('Personalausweis und Nachweis der Haftpflichtversicherung mitbringen');
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    const draftRequest = apiRequests.find((request) => request.url().endsWith('/api/v1/draft'));
    const sent = JSON.parse(draftRequest?.postData() ?? '{}') as { type: string; fields: { betreff: string; kernpunkte: string[] } };
    expect(sent.type).toBe('email');
    expect(sent.fields.betreff).toBe('AW: Hundeanmeldung');
    expect(sent.fields.kernpunkte[0]).toBe('Personalausweis und Nachweis der Haftpflichtversicherung mitbringen');
    expect(sent.fields.kernpunkte[1]).toMatch(/^Bezug: Sehr geehrte Damen und Herren, ich möchte meinen Hund anmelden/);
    const reply = await page.getByTestId('addin-output').innerText();
    await page.getByRole('button', { name: 'Als Antwort öffnen' }).click();
    await page.getByText('Antwortentwurf geöffnet.').waitFor();
    const replyCall = (await calls()).find((call) => call[0] === 'displayReplyForm') as [string, { htmlBody: string }] | undefined;
    expect(replyCall?.[1].htmlBody).toMatch(/^<p>/);
    const decoded = await page.evaluate((html) => {
      const element = document.createElement('div');
      element.innerHTML = html.replace(/<br>/g, '\n').replace(/<\/p><p>/g, '\n\n');
      return element.textContent;
    }, replyCall?.[1].htmlBody ?? '');
    expect(decoded?.trim()).toBe(reply.trim());
    await screenshot(page, 'addin-outlook');
    expect(problems).toEqual([]);
  });

  it('researches the selection and answers with the same mode badge', async () => {
    await openPane(`http://addin.test:${service.port}`, { host: 'Word', text: 'Wo melde ich einen Hund an?', runtimeStorage: true });
    await saveToken();
    await page.getByRole('button', { name: 'Markierung übernehmen' }).click();
    await page.getByLabel('Recherchieren').check();
    await page.getByRole('button', { name: 'Ausführen' }).click();
    await page.getByText('Fertig.').waitFor({ timeout: 60_000 });
    expect(await page.locator('.badge').innerText()).toBe('generativ — Modell test-generator');
    expect(problems).toEqual([]);
  });

  it('cannot call the API from an origin outside LLMOIN_CORS_ORIGINS and says what to check', async () => {
    await openPane(`http://other.test:${service.port}`, { host: 'Word', text: 'Ein Text.', runtimeStorage: true });
    await saveToken();
    await page.getByRole('button', { name: 'Markierung übernehmen' }).click();
    await page.getByRole('button', { name: 'Ausführen' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('Der Dienst ist nicht erreichbar');
    expect(await alert.innerText()).toContain('CORS-Freigabe (LLMOIN_CORS_ORIGINS)');
    // The browser blocked it at the preflight; the refusal is the expected console error here.
    expect(problems.every((problem) => /CORS|Failed to fetch|ERR_FAILED/.test(problem))).toBe(true);
  });

  it('serves well-formed manifests for Word and Outlook that point at the public URL', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    await page.goto(`${service.baseUrl}/`);
    for (const [host, type] of [['word', 'TaskPaneApp'], ['outlook', 'MailApp']] as const) {
      const parsed = await page.evaluate(async (url) => {
        const xml = await (await fetch(url)).text();
        const documentNode = new DOMParser().parseFromString(xml, 'application/xml');
        const root = documentNode.documentElement;
        return {
          error: documentNode.getElementsByTagName('parsererror').length,
          type: root.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type'),
          sources: [...documentNode.getElementsByTagName('SourceLocation')].map((element) => element.getAttribute('DefaultValue')).filter(Boolean),
        };
      }, `${service.baseUrl}/addin/manifest-${host}.xml`);
      expect(parsed).toEqual({ error: 0, type, sources: [`${service.baseUrl}/addin/taskpane.html?host=${host}`] });
    }
  });

  it('can be framed by an Office host but not by other pages; the UI never', async () => {
    context = await browser.newContext();
    page = await context.newPage();
    // https://llmoin.test is the service behind a stand-in TLS proxy: Playwright forwards each request
    // and returns the service's real response headers (CSP included) to the browser.
    await page.route('https://llmoin.test/**', async (route) => {
      const url = new URL(route.request().url());
      await route.fulfill({ response: await route.fetch({ url: `${service.baseUrl}${url.pathname}${url.search}` }) });
    });
    await page.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'application/javascript', body: officeStandIn({ host: 'Word', text: '', runtimeStorage: false }) }));
    const rendered = async (parent: string, target: string) => {
      await page.route(`${parent}/frame-test`, (route) => route.fulfill({
        contentType: 'text/html', body: `<iframe id="ui" src="${target}/"></iframe><iframe id="pane" src="${target}/addin/taskpane.html"></iframe>`,
      }));
      await page.goto(`${parent}/frame-test`);
      return Promise.all(['ui', 'pane'].map(async (id) => {
        const frame = await (await page.$(`#${id}`))?.contentFrame();
        if (!frame) return false;
        // The pane renders its token form, the UI its login form; a blocked frame shows Chromium's error page.
        return frame.waitForSelector('#app form', { timeout: 2_000 }).then(() => true, () => false);
      }));
    };
    expect(await rendered('https://word.office.com', 'https://llmoin.test')).toEqual([false, true]);
    expect(await rendered(service.baseUrl, service.baseUrl)).toEqual([false, true]);
    expect(await rendered(`http://other.test:${service.port}`, service.baseUrl)).toEqual([false, false]);
  });
});
