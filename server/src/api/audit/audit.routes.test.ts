import fs from 'node:fs';
import request from 'supertest';
import { canonicalRecord, recordHash, verifyAuditLog, type AuditRecord } from '../../audit';
import { createTestService, type TestService } from '../../../test/test-service';

interface PresentedRecord {
  seq: number;
  at: string;
  actor: string | null;
  subject?: string | null;
  role: string | null;
  function: string;
  model: string | null;
  prompt: { id: string; version: number } | null;
  documents: string[];
  tokens: { in: number | null; out: number | null };
  latencyMs: number | null;
  outcome: string;
  status: number | null;
  mode: string | null;
  requestId: string | null;
  prevHash: string;
  hash: string;
}

/** The presented record back to the hashed fields, as an auditor re-checking an export would. */
function hashOfPresented(record: PresentedRecord): string {
  const fields: Omit<AuditRecord, 'hash'> = {
    seq: record.seq, at: record.at, actor: record.actor, role: record.role, function: record.function, model: record.model,
    promptId: record.prompt?.id ?? null, promptVersion: record.prompt?.version ?? null, documents: record.documents,
    tokensIn: record.tokens.in, tokensOut: record.tokens.out, latencyMs: record.latencyMs, outcome: record.outcome, status: record.status,
    mode: record.mode, requestId: record.requestId, prevHash: record.prevHash,
  };
  expect(canonicalRecord(fields).startsWith('llmoin-audit-record/1\n')).toBe(true);
  return recordHash(fields);
}

describe('audit API and recording middleware', () => {
  let test: TestService;
  let auditor: string;
  let clerk: string;
  beforeEach(async () => {
    test = await createTestService();
    auditor = test.tokenFor('pruefer.amt', 'auditor');
    clerk = test.tokenFor('erika.mustermann', 'clerk');
  });
  afterEach(() => test.close());

  const records = async (query: Record<string, string> = {}): Promise<PresentedRecord[]> => {
    const response = await request(test.app).get('/api/v1/audit/records').query(query).set('Authorization', test.admin).expect(200);
    return response.body.records as PresentedRecord[];
  };
  const byRequestId = async (requestId: string) => (await records({ limit: '1000' })).find((record) => record.requestId === requestId);

  it('records a real request: route, pseudonymous actor, role, outcome, status, latency, request id', async () => {
    await request(test.app).get('/api/v1/documents').set('Authorization', clerk).set('X-Request-Id', 'req-documents-1').expect(200);
    const record = await byRequestId('req-documents-1');
    expect(record).toMatchObject({ function: 'GET /api/v1/documents', role: 'clerk', outcome: 'success', status: 200, documents: [], model: null });
    expect(record?.actor).toMatch(/^ps_/);
    expect(record?.latencyMs).toEqual(expect.any(Number));
    expect(test.service.deps.audit.pseudonyms.resolve(record?.actor ?? '')).toBe('erika.mustermann');
  });

  it('records refused calls: anonymous 401 and clerk 403', async () => {
    await request(test.app).get('/api/v1/audit/records').set('X-Request-Id', 'req-anonymous').expect(401);
    await request(test.app).get('/api/v1/audit/records').set('Authorization', clerk).set('X-Request-Id', 'req-clerk').expect(403);
    await request(test.app).get(`/api/v1/documents/${'1'.repeat(8)}-1111-1111-1111-111111111111`).set('X-Request-Id', 'req-anonymous-id').expect(401);
    expect(await byRequestId('req-anonymous')).toMatchObject({ actor: null, role: null, outcome: 'unauthenticated', status: 401, function: 'GET /api/v1/audit/records' });
    expect(await byRequestId('req-clerk')).toMatchObject({ role: 'clerk', outcome: 'forbidden', status: 403, function: 'GET /api/v1/audit/records' });
    expect(await byRequestId('req-anonymous-id')).toMatchObject({ function: 'GET /api/v1/documents/:id', outcome: 'unauthenticated' });
  });

  it('never stores request bodies or queries', async () => {
    await request(test.app).post('/api/v1/search').set('Authorization', clerk).send({ query: 'Geheimsache Bürgermeister' }).expect(200);
    const dump = test.service.database.prepare('SELECT * FROM audit_records').all();
    expect(JSON.stringify(dump)).not.toContain('Geheimsache');
    expect(JSON.stringify(dump)).not.toContain('erika');
  });

  it.each([
    ['/api/v1/audit/records'], ['/api/v1/audit/export?format=csv'], ['/api/v1/audit/verify'], ['/api/v1/audit/public-key'],
  ])('%s: anonymous 401, clerk 403, auditor and admin 200', async (path) => {
    await request(test.app).get(path).expect(401);
    await request(test.app).get(path).set('Authorization', clerk).expect(403);
    await request(test.app).get(path).set('Authorization', auditor).expect(200);
    await request(test.app).get(path).set('Authorization', test.admin).expect(200);
  });

  it("audits the auditors' own reads, marking resolved subjects", async () => {
    await request(test.app).get('/api/v1/audit/records').set('Authorization', auditor).set('X-Request-Id', 'req-auditor-read').expect(200);
    await request(test.app).get('/api/v1/audit/records?resolve=true').set('Authorization', auditor).set('X-Request-Id', 'req-auditor-resolve').expect(200);
    expect(await byRequestId('req-auditor-read')).toMatchObject({ role: 'auditor', function: 'GET /api/v1/audit/records', outcome: 'success', mode: null });
    expect(await byRequestId('req-auditor-resolve')).toMatchObject({ role: 'auditor', mode: 'subject-resolved' });
  });

  it('filters by pseudonym, by real subject (resolvers), function, outcome and time, and pages with a cursor', async () => {
    const other = test.tokenFor('max.muster', 'clerk');
    for (let index = 0; index < 3; index += 1) await request(test.app).get('/api/v1/documents').set('Authorization', clerk).expect(200);
    await request(test.app).get('/api/v1/documents').set('Authorization', other).expect(200);
    await request(test.app).get('/api/v1/tokens').set('Authorization', clerk).expect(200);

    const pseudonym = test.service.deps.audit.pseudonyms.find('erika.mustermann') ?? '';
    const byPseudonym = await request(test.app).get('/api/v1/audit/records').query({ user: pseudonym }).set('Authorization', auditor).expect(200);
    expect(byPseudonym.body.records).toHaveLength(4);
    const bySubject = await request(test.app).get('/api/v1/audit/records').query({ user: 'erika.mustermann', function: 'GET /api/v1/documents', resolve: 'true' })
      .set('Authorization', auditor).expect(200);
    expect(bySubject.body.records).toHaveLength(3);
    expect(bySubject.body.records[0]).toMatchObject({ actor: pseudonym, subject: 'erika.mustermann' });
    expect((await records({ user: 'nobody.known' }))).toEqual([]);
    expect((await records({ outcome: 'forbidden' }))).toEqual([]);
    expect((await records({ from: '2999-01-01' }))).toEqual([]);
    expect((await records({ to: '2000-01-01T00:00:00Z' }))).toEqual([]);

    const first = await request(test.app).get('/api/v1/audit/records').query({ user: pseudonym, limit: '3' }).set('Authorization', auditor).expect(200);
    expect(first.body.records).toHaveLength(3);
    const second = await request(test.app).get('/api/v1/audit/records').query({ user: pseudonym, limit: '3', cursor: first.body.nextCursor })
      .set('Authorization', auditor).expect(200);
    expect(second.body).toMatchObject({ nextCursor: null });
    expect(second.body.records).toHaveLength(1);
    const seqs = [...first.body.records, ...second.body.records].map((record: PresentedRecord) => record.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    await request(test.app).get('/api/v1/audit/records').query({ outcome: 'maybe' }).set('Authorization', auditor).expect(400);
    await request(test.app).get('/api/v1/audit/records').query({ limit: '0' }).set('Authorization', auditor).expect(400);
  });

  it('exports CSV with a header and RFC 4180 escaping, and JSON whose hashes an auditor can recompute', async () => {
    await request(test.app).get('/api/v1/documents').set('Authorization', clerk).set('X-Request-Id', 'req-export-1').expect(200);
    const csv = await request(test.app).get('/api/v1/audit/export?format=csv').set('Authorization', auditor).expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="llmoin-audit-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = csv.text.split('\r\n');
    expect(lines[0]).toBe('seq,at,actor,subject,role,function,model,prompt_id,prompt_version,documents,tokens_in,tokens_out,latency_ms,outcome,status,mode,request_id,prev_hash,hash');
    const row = lines.find((line) => line.includes(',req-export-1,'))?.split(',');
    expect(row?.slice(4, 6)).toEqual(['clerk', 'GET /api/v1/documents']);
    expect(row?.[3]).toBe('');
    expect(lines.at(-1)).toBe('');

    const json = await request(test.app).get('/api/v1/audit/export?format=json').set('Authorization', auditor).expect(200);
    const exported = JSON.parse(json.text) as { records: PresentedRecord[] };
    expect(exported.records.length).toBeGreaterThanOrEqual(2);
    for (const [index, record] of exported.records.entries()) {
      expect(hashOfPresented(record)).toBe(record.hash);
      if (index > 0) expect(record.prevHash).toBe(exported.records[index - 1]?.hash);
    }
  });

  it('verifies over HTTP, names a tampered record, and serves the public key that checks the head', async () => {
    for (let index = 0; index < 3; index += 1) await request(test.app).get('/api/v1/documents').set('Authorization', clerk).expect(200);
    const ok = await request(test.app).get('/api/v1/audit/verify').set('Authorization', auditor).expect(200);
    expect(ok.body).toMatchObject({ ok: true, firstBroken: null, from: 1 });
    expect(ok.body.records).toBeGreaterThanOrEqual(3);

    const key = await request(test.app).get('/api/v1/audit/public-key').set('Authorization', auditor).expect(200);
    expect(key.body).toMatchObject({ algorithm: 'Ed25519', keyId: ok.body.keyId });
    const pem = await request(test.app).get('/api/v1/audit/public-key?format=pem').set('Authorization', auditor).expect(200);
    expect(pem.text).toBe(key.body.pem);

    const trusted = await request(test.app).get('/api/v1/audit/verify')
      .query({ trustedSeq: String(ok.body.head.seq), trustedHash: ok.body.head.hash }).set('Authorization', auditor).expect(200);
    expect(trusted.body.ok).toBe(true);

    const database = test.service.database;
    database.exec('DROP TRIGGER audit_records_no_update');
    database.prepare("UPDATE audit_records SET outcome = 'forbidden', status = 403 WHERE seq = 2").run();
    const broken = await request(test.app).get('/api/v1/audit/verify').set('Authorization', auditor).expect(200);
    expect(broken.body).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: 'hash-mismatch' } });
  });

  it('signs a shutdown checkpoint when the service closes cleanly', async () => {
    await request(test.app).get('/api/v1/documents').set('Authorization', clerk).expect(200);
    const audit = test.service.deps.audit;
    const head = audit.state();
    await test.service.close();
    const reopened = await createTestService({ LLMOIN_DATA_DIR: test.dataDir });
    try {
      const checkpoint = reopened.service.database.prepare("SELECT seq FROM audit_checkpoints WHERE reason = 'shutdown'").pluck().get();
      expect(checkpoint).toBe(head.seq);
      const verification = await verifyAuditLog(reopened.service.database, { publicKeys: [reopened.service.deps.audit.signer.publicKey] });
      expect(verification).toMatchObject({ ok: true, checkpoints: 1 });
    } finally {
      await reopened.close();
      fs.rmSync(test.dataDir, { recursive: true, force: true });
      test = await createTestService();
    }
  });
});
