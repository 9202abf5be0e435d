import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { listEndpoints } from './list-endpoints';
import { createTestService, type TestService } from './test-service';

/**
 * Every POST/PATCH endpoint gets arbitrary JSON, near-valid bodies (one field replaced by
 * something hostile, fields dropped, unknown or prototype keys added) and raw non-JSON text. The
 * service must answer 2xx or a 4xx problem body, never 5xx, and stay up. No generation model is
 * loaded, so every request is fast.
 */
type Body = Record<string, unknown>;

const TEXT = 'Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug vorzunehmen. Sie ist gebührenfrei.';
/** A valid body per endpoint; the fuzzer starts from it. A new POST/PATCH endpoint fails until it has one. */
const VALID: Record<string, Body> = {
  'POST /api/v1/search': { query: 'Umzug anmelden', k: 3 },
  'POST /api/v1/research': { question: 'Wie melde ich einen Hund an?', k: 2 },
  'POST /api/v1/citations/check': { text: 'Nach § 17 Abs. 1 BMG gilt eine Frist von zwei Wochen.' },
  'POST /api/v1/summarize': { text: TEXT, length: 'kurz', style: 'stichpunkte', audience: 'buergerinnen' },
  'POST /api/v1/draft': { type: 'vermerk', tone: 'buergernah', fields: { betreff: 'Sondernutzung', kernpunkte: ['Antrag liegt vor'] } },
  'POST /api/v1/deadlines': { event: '2026-12-18', eventType: 'posted', period: 'P1M', land: 'HH' },
  'POST /api/v1/simplify': { text: TEXT, level: 'leicht' },
  'POST /api/v1/simplify/check': { text: TEXT, level: 'einfach' },
  'POST /api/v1/chats': { title: 'Fuzz', documentIds: [] },
  'PATCH /api/v1/chats/:id': { title: 'Umbenannt' },
  'POST /api/v1/chats/:id/messages': { message: 'Wo melde ich mich an?', k: 2 },
  'POST /api/v1/tokens': { name: 'Fuzz', expiresInDays: 1, scopes: ['functions'] },
  'POST /api/v1/export/docx': { kind: 'document', title: 'Vermerk', model: null, text: TEXT },
  'POST /v1/chat/completions': { model: 'test-generator', messages: [{ role: 'user', content: 'Hallo' }], max_tokens: 4 },
  'POST /v1/embeddings': { model: 'test-encoder', input: ['Wohnsitz', 'Hund'] },
};
/** Multipart, fuzzed separately below. */
const MULTIPART = new Set(['POST /api/v1/documents']);

const hostile = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ maxLength: 5000 }),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 300 }),
  fc.constantFrom(null, true, false, -1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 1, '', ' ', '\u0000', '\uFFFF', '\uD800', '<script>alert(1)</script>',
    '</fundstelle>', '{{text}}', '../../etc/passwd', 'x'.repeat(100_000), { $gt: '' }, [[[[[]]]]]),
);
const KEYS_EXTRA = ['__proto__', 'constructor', 'prototype', 'toString', 'extra', 'stream'];

function nearValid(base: Body): fc.Arbitrary<Body> {
  const keys = Object.keys(base);
  return fc.oneof(
    fc.constant(base),
    fc.tuple(fc.constantFrom(...keys, ...KEYS_EXTRA), hostile).map(([key, value]) => ({ ...base, [key]: value })),
    fc.subarray(keys).map((kept) => Object.fromEntries(kept.map((key) => [key, base[key]]))),
    fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys), hostile, hostile).map(([a, b, x, y]) => ({ ...base, [a]: x, [b]: y })),
  );
}

describe('fuzzed request bodies get 4xx (or 2xx), never 5xx', () => {
  let test: TestService;
  let server: Server;
  let base: string;
  const callers: Array<{ header: string; chatId: string }> = [];
  const failures: string[] = [];

  beforeAll(async () => {
    test = await createTestService({ LLMOIN_RATE_LIMIT_PER_MINUTE: '0', LLMOIN_RATE_LIMIT_IP_PER_MINUTE: '0', LLMOIN_RATE_LIMIT_GENERATION_PER_MINUTE: '0' });
    await test.service.ingestCorpus();
    for (const [header, subject] of [[test.tokenFor('fuzz-clerk', 'clerk'), 'fuzz-clerk'], [test.admin, 'admin']] as const) {
      callers.push({ header, chatId: test.service.deps.assistant.chats.create(subject, { title: 'Fuzz', documentIds: [] }).id });
    }
    server = test.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await test.close();
  });

  /** Sends one request; records (and returns false for) 5xx answers and 4xx answers that are not problem bodies. */
  const probe = async (endpoint: string, callerIndex: number, body: string | FormData, contentType: string | null): Promise<boolean> => {
    const [method = 'POST', template = ''] = endpoint.split(' ');
    const caller = callers[callerIndex % callers.length] ?? callers[0];
    const url = `${base}${template.replace(':id', caller?.chatId ?? '')}`;
    const response = await fetch(url, {
      method, body, headers: { Authorization: caller?.header ?? '', ...(contentType ? { 'Content-Type': contentType } : {}) },
    });
    const text = await response.text();
    const problemBody = response.status < 400 || (response.headers.get('content-type') ?? '').startsWith('application/problem+json');
    const ok = response.status >= 200 && response.status < 500 && problemBody;
    if (!ok) failures.push(`${endpoint} → ${response.status}: ${text.slice(0, 200)} (body: ${String(body).slice(0, 200)})`);
    return ok;
  };

  it('has a valid body for every POST/PATCH endpoint the app serves', () => {
    const served = listEndpoints(test.app).filter((endpoint) => endpoint.method === 'POST' || endpoint.method === 'PATCH')
      .map((endpoint) => `${endpoint.method} ${endpoint.path}`).filter((endpoint) => !MULTIPART.has(endpoint)).sort();
    expect(served).toEqual(Object.keys(VALID).sort());
  });

  it.each(Object.entries(VALID))('%s', async (endpoint, valid) => {
    // The valid body first: it must pass (2xx, or 404 for the models that are not loaded here).
    expect(await probe(endpoint, 0, JSON.stringify(valid), 'application/json')).toBe(true);
    await fc.assert(fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 4 }), (caller, body) => probe(endpoint, caller, JSON.stringify(body), 'application/json')), { numRuns: 40 });
    await fc.assert(fc.asyncProperty(fc.nat(), nearValid(valid), (caller, body) => probe(endpoint, caller, JSON.stringify(body), 'application/json')), { numRuns: 50 });
    await fc.assert(fc.asyncProperty(fc.nat(), fc.string({ maxLength: 300 }), fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', null),
      (caller, raw, type) => probe(endpoint, caller, raw, type)), { numRuns: 20 });
    expect(failures).toEqual([]);
  }, 120_000);

  it('POST /api/v1/documents: arbitrary bytes, names and form fields', async () => {
    const fields = fc.oneof(fc.constant({}), fc.dictionary(fc.constantFrom('collection', 'shared', 'group', 'file', 'extra', '__proto__'), fc.string({ maxLength: 300 }), { maxKeys: 6 }));
    const fileName = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('a.pdf', 'a.docx', 'a.md', 'a.txt', 'a.html', '../../x.md', 'CON', ''));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 4096 }), fc.string({ maxLength: 2000 }).map((text) => new TextEncoder().encode(text)));
    await fc.assert(fc.asyncProperty(fc.nat(), fields, fileName, bytes, async (caller, formFields, name, content) => {
      const form = new FormData();
      for (const [key, value] of Object.entries(formFields)) form.append(key, value);
      form.append('file', new Blob([content]), name || 'unbenannt');
      return probe('POST /api/v1/documents', caller, form, null);
    }), { numRuns: 60 });
    await fc.assert(fc.asyncProperty(fc.nat(), fc.jsonValue({ maxDepth: 3 }), (caller, body) => probe('POST /api/v1/documents', caller, JSON.stringify(body), 'application/json')), { numRuns: 20 });
    expect(failures).toEqual([]);
  }, 120_000);

  it('is still up and healthy afterwards', async () => {
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    expect(failures).toEqual([]);
  });
});
