import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { createTestService, REPO_ROOT, type TestService } from '../../../test/test-service';

const PUBLIC_URL = 'https://llmoin.stadt.example';

/** The UI is built from web/ into a temporary directory, so the test serves exactly the current sources. */
function buildWeb(): string {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-web-'));
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'web/build.mjs'), '--out', outDir], { cwd: REPO_ROOT, stdio: 'pipe' });
  return outDir;
}

describe('web UI and add-in routes', () => {
  let test: TestService;
  let webDir: string;
  beforeAll(async () => {
    webDir = buildWeb();
    test = await createTestService({
      LLMOIN_WEB_DIR: webDir, LLMOIN_PUBLIC_URL: `${PUBLIC_URL}/`, LLMOIN_ADDIN_FRAME_ANCESTORS: 'https://owa.stadt.example',
    });
  });
  afterAll(async () => {
    await test.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('serves the UI with a strict CSP and no inline code', async () => {
    const response = await request(test.app).get('/').expect(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    const csp = response.headers['content-security-policy'] as string;
    for (const directive of ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]) {
      expect(csp).toContain(directive);
    }
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toMatch(/max-age=/);
    expect(response.text).toContain('<html lang="de">');
    expect(response.text).not.toMatch(/<script>|<style|style="|https?:\/\//);
  });

  it('serves hashed assets with long caching, and nothing outside the assets folder', async () => {
    const html = (await request(test.app).get('/').expect(200)).text;
    const script = /src="(assets\/app-[A-Z0-9]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await request(test.app).get(`/${script}`).expect(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toMatch(/immutable/);
    await request(test.app).get('/assets/..%2Findex.html').expect(404);
    await request(test.app).get('/assets/nothing.js').expect(404);
    await request(test.app).get('/addin/manifest-word.xml.bak').expect(404);
  });

  it('fills the add-in manifests with the public URL', async () => {
    for (const host of ['word', 'outlook']) {
      const response = await request(test.app).get(`/addin/manifest-${host}.xml`).expect(200);
      expect(response.headers['content-type']).toMatch(/application\/xml/);
      expect(response.text).not.toContain('{{');
      expect(response.text).toContain(`<SourceLocation DefaultValue="${PUBLIC_URL}/addin/taskpane.html?host=${host}"/>`);
      expect(response.text).toContain(`<AppDomain>${PUBLIC_URL}</AppDomain>`);
    }
    expect((await request(test.app).get('/addin/manifest-word.xml')).text).toContain('xsi:type="TaskPaneApp"');
    expect((await request(test.app).get('/addin/manifest-outlook.xml')).text).toContain('xsi:type="MailApp"');
    await request(test.app).get('/addin/manifest-excel.xml').expect(404);
  });

  it('serves the task pane framable by Office hosts only, with Office.js and the API origin allowed', async () => {
    const response = await request(test.app).get('/addin/taskpane.html').expect(200);
    const csp = response.headers['content-security-policy'] as string;
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(csp).toContain(`connect-src 'self' ${PUBLIC_URL}`);
    expect(csp).toMatch(/frame-ancestors 'self' https:\/\/\*\.officeapps\.live\.com .*https:\/\/owa\.stadt\.example/);
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-frame-options']).toBeUndefined();
    expect(response.text).toContain(`<meta name="llmoin-api" content="${PUBLIC_URL}">`);
    expect(response.text).toContain('<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>');
  });

  it('serves PNG icons', async () => {
    const icon = await request(test.app).get('/addin/icon-80.png').expect(200);
    expect(icon.headers['content-type']).toBe('image/png');
    expect((icon.body as Buffer).subarray(1, 4).toString('ascii')).toBe('PNG');
    expect((icon.body as Buffer).readUInt32BE(16)).toBe(80);
  });

  it('answers 503 with the build command when the UI was not built', async () => {
    const empty = await createTestService({ LLMOIN_WEB_DIR: path.join(os.tmpdir(), 'llmoin-no-such-web-dir') });
    try {
      const response = await request(empty.app).get('/').expect(503);
      expect(response.body.detail).toContain('npm run build');
    } finally {
      await empty.close();
    }
  });
});
