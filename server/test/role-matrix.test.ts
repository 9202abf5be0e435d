import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Role } from '../src/auth';
import { listEndpoints } from './list-endpoints';
import { createTestService, type TestService } from './test-service';

/**
 * Every endpoint × {anonymous, clerk, another clerk, auditor, admin}. The rules (issue "Trust"):
 * everything but /health and the static UI shell needs authentication; clerks see the shared corpus
 * and only their own uploads, chats and tokens; auditors see audit records, never document contents
 * or chats; admins manage corpus, tokens and users but cannot open another user's chat. Resources
 * in the table belong to "clerk"; "otherClerk" is the other clerk. The endpoint list comes from the
 * app itself: a new endpoint fails this test until its row is added.
 */
type Caller = 'anonymous' | 'clerk' | 'otherClerk' | 'auditor' | 'admin';
type Expected = '2xx' | 401 | 403 | 404;
const CALLERS: Caller[] = ['anonymous', 'clerk', 'otherClerk', 'auditor', 'admin'];

interface Identity {
  header: string | null;
  subject: string | null;
}

interface Fixtures {
  test: TestService;
  sharedDocumentId: string;
  clerkChat(): string;
  clerkUpload(): Promise<string>;
  sharedDocument(): Promise<string>;
  clerkToken(): string;
  /** A user with data of their own (an upload, a chat), for the erasure endpoints. */
  leaver(): Promise<string>;
}

interface Variant {
  name: string;
  /** Callers act as fresh users of their role (the call erases the caller's own data). */
  freshCallers?: boolean;
  call(as: Identity, fixtures: Fixtures): Promise<request.Response>;
  expect: Record<Caller, Expected>;
}

const PUBLIC: Record<Caller, Expected> = { anonymous: '2xx', clerk: '2xx', otherClerk: '2xx', auditor: '2xx', admin: '2xx' };
/** Functions and search: clerks and admins; auditors see no contents. */
const FUNCTION: Record<Caller, Expected> = { anonymous: 401, clerk: '2xx', otherClerk: '2xx', auditor: 403, admin: '2xx' };
/** The clerk's private chat: nobody else reaches it, admins included (404, not even its existence). */
const OWN_CHAT: Record<Caller, Expected> = { anonymous: 401, clerk: '2xx', otherClerk: 404, auditor: 403, admin: 404 };
/** The clerk's private upload: invisible to the other clerk; admins manage all documents. */
const OWN_UPLOAD: Record<Caller, Expected> = { anonymous: 401, clerk: '2xx', otherClerk: 404, auditor: 403, admin: '2xx' };
const EVERY_USER: Record<Caller, Expected> = { anonymous: 401, clerk: '2xx', otherClerk: '2xx', auditor: '2xx', admin: '2xx' };
const AUDIT: Record<Caller, Expected> = { anonymous: 401, clerk: 403, otherClerk: 403, auditor: '2xx', admin: '2xx' };
const ADMIN_ONLY: Record<Caller, Expected> = { anonymous: 401, clerk: 403, otherClerk: 403, auditor: 403, admin: '2xx' };

let uploadCounter = 0;
const uniqueText = (label: string) => {
  uploadCounter += 1;
  return `# ${label} ${uploadCounter}\n\nVermerk Nummer ${uploadCounter} über die Sondernutzung von Straßenland im Bezirk Nord.\n`;
};

const call = (fixtures: Fixtures, as: Identity, method: 'get' | 'post' | 'patch' | 'delete', url: string, body?: object) => {
  let pending = request(fixtures.test.app)[method](url);
  if (as.header) pending = pending.set('Authorization', as.header);
  return body === undefined ? pending : pending.send(body);
};
const simple = (method: 'get' | 'post' | 'patch' | 'delete', url: string, body?: object) =>
  (as: Identity, fixtures: Fixtures) => call(fixtures, as, method, url, body);
const one = (expect: Record<Caller, Expected>, run: Variant['call'], name = 'default'): Variant[] => [{ name, call: run, expect }];

const MATRIX: Record<string, Variant[]> = {
  'GET /health': one(PUBLIC, simple('get', '/health')),
  // The UI shell and add-in files hold no data; everything they show comes from the API.
  'GET /': one(PUBLIC, simple('get', '/')),
  'GET /index.html': one(PUBLIC, simple('get', '/index.html')),
  'GET /addin/taskpane.html': one(PUBLIC, simple('get', '/addin/taskpane.html')),
  'GET /addin/manifest-:host.xml': one(PUBLIC, simple('get', '/addin/manifest-word.xml')),

  'POST /api/v1/search': one(FUNCTION, simple('post', '/api/v1/search', { query: 'Umzug anmelden' })),
  'POST /api/v1/research': one(FUNCTION, simple('post', '/api/v1/research', { question: 'Wie melde ich einen Hund an?', k: 2 })),
  'POST /api/v1/citations/check': one(FUNCTION, simple('post', '/api/v1/citations/check', { text: 'Nach § 17 Abs. 1 BMG gilt eine Frist von zwei Wochen.' })),
  'POST /api/v1/summarize': one(FUNCTION, simple('post', '/api/v1/summarize', { text: 'Die Anmeldung ist gebührenfrei. Sie ist innerhalb von zwei Wochen nach dem Einzug vorzunehmen.', length: 'kurz' })),
  'GET /api/v1/draft/types': one(FUNCTION, simple('get', '/api/v1/draft/types')),
  'POST /api/v1/draft': one(FUNCTION, simple('post', '/api/v1/draft', { type: 'vermerk', fields: { betreff: 'Sondernutzung' } })),
  'POST /api/v1/deadlines': one(FUNCTION, simple('post', '/api/v1/deadlines', { event: '2026-12-18', eventType: 'posted', period: 'P1M', land: 'HH' })),
  'POST /api/v1/simplify': one(FUNCTION, simple('post', '/api/v1/simplify', { text: 'Die Antragstellung hat unverzüglich zu erfolgen.', level: 'einfach' })),
  'POST /api/v1/simplify/check': one(FUNCTION, simple('post', '/api/v1/simplify/check', { text: 'Die Antragstellung hat unverzüglich zu erfolgen.', level: 'leicht' })),
  'POST /api/v1/export/docx': one(FUNCTION, simple('post', '/api/v1/export/docx', { kind: 'document', title: 'Vermerk', model: null, text: 'Kurzer Vermerk.' })),
  'GET /v1/models': one(FUNCTION, simple('get', '/v1/models')),
  'POST /v1/chat/completions': one(FUNCTION, simple('post', '/v1/chat/completions', { model: 'test-generator', messages: [{ role: 'user', content: 'Hallo' }], max_tokens: 4 })),
  'POST /v1/embeddings': one(FUNCTION, simple('post', '/v1/embeddings', { model: 'test-encoder', input: 'Wohnsitz anmelden' })),

  // Lists and creation act on the caller's own chats only (see the ownership test below).
  'GET /api/v1/chats': one(FUNCTION, simple('get', '/api/v1/chats')),
  'POST /api/v1/chats': one(FUNCTION, simple('post', '/api/v1/chats', { title: 'Matrix' })),
  'DELETE /api/v1/chats': one(FUNCTION, simple('delete', '/api/v1/chats')),
  'GET /api/v1/chats/:id': one(OWN_CHAT, (as, fixtures) => call(fixtures, as, 'get', `/api/v1/chats/${fixtures.clerkChat()}`)),
  'PATCH /api/v1/chats/:id': one(OWN_CHAT, (as, fixtures) => call(fixtures, as, 'patch', `/api/v1/chats/${fixtures.clerkChat()}`, { title: 'Umbenannt' })),
  'DELETE /api/v1/chats/:id': one(OWN_CHAT, (as, fixtures) => call(fixtures, as, 'delete', `/api/v1/chats/${fixtures.clerkChat()}`)),
  'POST /api/v1/chats/:id/messages': one(OWN_CHAT, (as, fixtures) => call(fixtures, as, 'post', `/api/v1/chats/${fixtures.clerkChat()}/messages`, { message: 'Wie melde ich mich an?', k: 2 })),

  'GET /api/v1/documents': one(FUNCTION, simple('get', '/api/v1/documents')),
  'GET /api/v1/documents/:id': [
    { name: "the clerk's upload", expect: OWN_UPLOAD, call: async (as, fixtures) => call(fixtures, as, 'get', `/api/v1/documents/${await fixtures.clerkUpload()}`) },
    { name: 'a shared corpus document', expect: FUNCTION, call: (as, fixtures) => call(fixtures, as, 'get', `/api/v1/documents/${fixtures.sharedDocumentId}`) },
  ],
  'POST /api/v1/documents': [
    { name: 'a personal upload', expect: FUNCTION, call: (as, fixtures) => upload(fixtures, as, {}) },
    { name: 'into the shared corpus', expect: ADMIN_ONLY, call: (as, fixtures) => upload(fixtures, as, { shared: 'true' }) },
  ],
  'DELETE /api/v1/documents/:id': [
    { name: "the clerk's upload", expect: OWN_UPLOAD, call: async (as, fixtures) => call(fixtures, as, 'delete', `/api/v1/documents/${await fixtures.clerkUpload()}`) },
    { name: 'a shared corpus document', expect: { anonymous: 401, clerk: 403, otherClerk: 403, auditor: 403, admin: '2xx' }, call: async (as, fixtures) => call(fixtures, as, 'delete', `/api/v1/documents/${await fixtures.sharedDocument()}`) },
  ],

  'GET /api/v1/me': one(EVERY_USER, simple('get', '/api/v1/me')),
  'GET /api/v1/tokens': one(EVERY_USER, simple('get', '/api/v1/tokens')),
  'POST /api/v1/tokens': [
    { name: 'an own token', expect: EVERY_USER, call: simple('post', '/api/v1/tokens', { name: 'Matrix', expiresInDays: 1 }) },
    { name: 'for another user', expect: ADMIN_ONLY, call: simple('post', '/api/v1/tokens', { name: 'Fremd', subject: 'someone-else', role: 'clerk', expiresInDays: 1 }) },
  ],
  'DELETE /api/v1/tokens/:id': one({ anonymous: 401, clerk: '2xx', otherClerk: 404, auditor: 404, admin: '2xx' }, (as, fixtures) => call(fixtures, as, 'delete', `/api/v1/tokens/${fixtures.clerkToken()}`)),

  // Art. 15/17 DSGVO: everyone for themselves; for someone else only admins (and audited, see below).
  'GET /api/v1/me/data': one(EVERY_USER, simple('get', '/api/v1/me/data')),
  'DELETE /api/v1/me/data': [{ name: 'own erasure', freshCallers: true, expect: EVERY_USER, call: simple('delete', '/api/v1/me/data', { confirm: true }) }],
  'GET /api/v1/users/:subject/data': one(ADMIN_ONLY, simple('get', '/api/v1/users/clerk-a/data')),
  'DELETE /api/v1/users/:subject/data': one(ADMIN_ONLY, async (as, fixtures) => call(fixtures, as, 'delete', `/api/v1/users/${await fixtures.leaver()}/data`, { confirm: true })),

  'GET /api/v1/audit/records': one(AUDIT, simple('get', '/api/v1/audit/records?limit=5')),
  'GET /api/v1/audit/export': one(AUDIT, simple('get', '/api/v1/audit/export?format=json')),
  'GET /api/v1/audit/verify': one(AUDIT, simple('get', '/api/v1/audit/verify')),
  'GET /api/v1/audit/public-key': one(AUDIT, simple('get', '/api/v1/audit/public-key')),
};

function upload(fixtures: Fixtures, as: Identity, fields: Record<string, string>) {
  let pending = request(fixtures.test.app).post('/api/v1/documents');
  if (as.header) pending = pending.set('Authorization', as.header);
  for (const [key, value] of Object.entries(fields)) pending = pending.field(key, value);
  return pending.attach('file', Buffer.from(uniqueText('Upload')), `upload-${uploadCounter}.md`);
}

const matches = (status: number, expected: Expected) => (expected === '2xx' ? status >= 200 && status < 300 : status === expected);

describe('role matrix', () => {
  let fixtures: Fixtures;
  let identities: Record<Caller, Identity>;
  let webDir: string;
  let freshCounter = 0;
  const ROLE_OF: Record<Exclude<Caller, 'anonymous'>, Role> = { clerk: 'clerk', otherClerk: 'clerk', auditor: 'auditor', admin: 'admin' };

  beforeAll(async () => {
    webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-matrix-web-'));
    fs.mkdirSync(path.join(webDir, 'addin'));
    fs.writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>LLMoin</title>');
    fs.writeFileSync(path.join(webDir, 'addin', 'taskpane.html'), '<!doctype html><title>Aufgabenbereich</title>');
    fs.writeFileSync(path.join(webDir, 'addin', 'manifest-word.xml'), '<OfficeApp><SourceLocation DefaultValue="{{PUBLIC_URL}}/addin/taskpane.html"/></OfficeApp>');
    const test = await createTestService({
      LLMOIN_WEB_DIR: webDir, LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_EMBEDDING_MODEL: 'test-encoder', LLMOIN_DEFAULT_GENERATION_TOKENS: '8',
      LLMOIN_RATE_LIMIT_PER_MINUTE: '0', LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '0', LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: '0',
    });
    const library = test.service.deps.library;
    const ingest = async (owner: string | null, label: string) => {
      const outcome = await library.ingest({ bytes: Buffer.from(uniqueText(label)), fileName: `${label}-${uploadCounter}.md`, source: `${label}-${uploadCounter}.md`, collection: owner ? 'uploads' : 'corpus', owner });
      if (outcome.status === 'rejected') throw new Error(`fixture rejected: ${outcome.detail}`);
      return outcome.document.id;
    };
    fixtures = {
      test,
      sharedDocumentId: await ingest(null, 'Gemeinsam'),
      clerkChat: () => test.service.deps.assistant.chats.create('clerk-a', { title: 'Privat', documentIds: [] }).id,
      clerkUpload: () => ingest('clerk-a', 'Privat'),
      sharedDocument: () => ingest(null, 'Corpus'),
      clerkToken: () => test.service.deps.tokens.create({ subject: 'clerk-a', role: 'clerk', name: 'Matrix', expiresAt: null }).record.id,
      leaver: async () => {
        freshCounter += 1;
        const subject = `leaver-${freshCounter}`;
        await ingest(subject, 'Ausscheidend');
        test.service.deps.assistant.chats.create(subject, { title: 'Alt', documentIds: [] });
        return subject;
      },
    };
    identities = {
      anonymous: { header: null, subject: null },
      clerk: { header: test.tokenFor('clerk-a', 'clerk'), subject: 'clerk-a' },
      otherClerk: { header: test.tokenFor('clerk-b', 'clerk'), subject: 'clerk-b' },
      auditor: { header: test.tokenFor('auditor-a', 'auditor'), subject: 'auditor-a' },
      admin: { header: test.admin, subject: 'admin' },
    };
  });
  afterAll(async () => {
    await fixtures.test.close();
    fs.rmSync(webDir, { recursive: true, force: true });
  });

  it('has expectations for exactly the endpoints the app serves', () => {
    const served = listEndpoints(fixtures.test.app).map((endpoint) => `${endpoint.method} ${endpoint.path}`).sort();
    expect(served).toEqual(Object.keys(MATRIX).sort());
  });

  it('answers every endpoint × caller as the rules say', async () => {
    const mismatches: string[] = [];
    for (const [endpoint, variants] of Object.entries(MATRIX)) {
      for (const variant of variants) {
        for (const caller of CALLERS) {
          let identity = identities[caller];
          if (variant.freshCallers && caller !== 'anonymous') {
            freshCounter += 1;
            const subject = `${caller}-fresh-${freshCounter}`;
            identity = { header: fixtures.test.tokenFor(subject, ROLE_OF[caller]), subject };
          }
          const response = await variant.call(identity, fixtures);
          const expected = variant.expect[caller];
          if (!matches(response.status, expected)) {
            mismatches.push(`${endpoint} (${variant.name}) as ${caller}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 160)}`);
          }
          if (!endpoint.startsWith('GET /health') && !['GET /', 'GET /index.html'].includes(endpoint) && !endpoint.startsWith('GET /addin') && caller === 'anonymous' && response.status === 401) {
            expect(response.headers['www-authenticate']).toMatch(/^Bearer realm="llmoin"/);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("keeps each clerk's chats, uploads and tokens out of everyone else's lists and searches", async () => {
    const { test } = fixtures;
    const marker = 'Zwiebelturmgenehmigung';
    const privateDoc = await test.service.deps.library.ingest({
      bytes: Buffer.from(`# Notiz\n\nDie ${marker} liegt noch nicht vor.\n`), fileName: 'notiz.md', source: 'notiz.md', collection: 'uploads', owner: 'clerk-a',
    });
    if (privateDoc.status === 'rejected') throw new Error(privateDoc.detail);
    const chatId = fixtures.clerkChat();
    const tokenId = fixtures.clerkToken();
    const get = (caller: Caller, url: string) => request(test.app).get(url).set('Authorization', identities[caller].header ?? '').expect(200);
    const search = (caller: Caller) => request(test.app).post('/api/v1/search').set('Authorization', identities[caller].header ?? '').send({ query: marker }).expect(200);

    expect((await get('clerk', '/api/v1/chats')).body.chats.map((chat: { id: string }) => chat.id)).toContain(chatId);
    for (const caller of ['otherClerk', 'admin'] as const) expect((await get(caller, '/api/v1/chats')).body.chats.map((chat: { id: string }) => chat.id)).not.toContain(chatId);
    await request(test.app).delete('/api/v1/chats').set('Authorization', identities.otherClerk.header ?? '').expect(200);
    await get('clerk', `/api/v1/chats/${chatId}`);

    const ids = (response: request.Response) => response.body.documents.map((document: { id: string }) => document.id);
    expect(ids(await get('clerk', '/api/v1/documents'))).toContain(privateDoc.document.id);
    expect(ids(await get('otherClerk', '/api/v1/documents'))).not.toContain(privateDoc.document.id);
    expect(ids(await get('otherClerk', '/api/v1/documents'))).toContain(fixtures.sharedDocumentId);
    const hits = (response: request.Response) => response.body.results.map((result: { documentId: string }) => result.documentId);
    expect(hits(await search('clerk'))).toContain(privateDoc.document.id);
    expect(hits(await search('otherClerk'))).not.toContain(privateDoc.document.id);

    const tokenIds = (response: request.Response) => response.body.tokens.map((token: { id: string }) => token.id);
    expect(tokenIds(await get('clerk', '/api/v1/tokens'))).toContain(tokenId);
    expect(tokenIds(await get('otherClerk', '/api/v1/tokens'))).not.toContain(tokenId);
    expect(tokenIds(await get('auditor', '/api/v1/tokens'))).not.toContain(tokenId);
  });

  it("never lets an admin read another user's data silently: the export is in the audit log", async () => {
    const { test } = fixtures;
    await request(test.app).get('/api/v1/users/clerk-a/data').set('Authorization', identities.admin.header ?? '').expect(200);
    const records = await request(test.app).get('/api/v1/audit/records').query({ function: 'GET /api/v1/users/:subject/data', outcome: 'success' })
      .set('Authorization', identities.auditor.header ?? '').expect(200);
    expect(records.body.records.length).toBeGreaterThanOrEqual(1);
  });
});
