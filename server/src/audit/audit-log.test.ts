import { createHash, randomBytes } from 'node:crypto';
import { AuditLog } from './audit-log';
import { createAuditFixture, sampleEntry } from './audit-fixture';
import { headPayload } from './canonical-form';
import { eraseAuditSubject } from './erase-subject';
import { PseudonymStore } from './pseudonyms';
import { verifyAuditLog } from './verify-audit-log';

const ZERO = '0'.repeat(64);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('AuditLog', () => {
  it('hashes the documented canonical form and links each record to its predecessor', () => {
    const { log } = createAuditFixture();
    const first = log.append({ subject: null, role: null, function: 'GET /api/v1/documents', latencyMs: 12.4, outcome: 'success', status: 200, requestId: 'r-1' });
    // Written out by hand from docs/AUDIT.md: domain line, then the JSON array of fields in order.
    const canonical = 'llmoin-audit-record/1\n[1,"2025-03-01T08:00:00.000Z",null,null,"GET /api/v1/documents",null,null,null,[],null,null,12,'
      + `"success",200,null,"r-1","${ZERO}"]`;
    expect(first).toMatchObject({ seq: 1, prevHash: ZERO, latencyMs: 12, hash: sha256(canonical) });

    const second = log.append({
      subject: null, role: 'clerk', function: 'POST /api/v1/research', model: 'm', prompt: { id: 'research-answer', version: 2 },
      documents: ['d1', 'd2', 'd1'], tokensIn: 10, tokensOut: 5, latencyMs: 7, outcome: 'success', status: 200, mode: 'generative', requestId: 'r-2',
    });
    const canonicalSecond = 'llmoin-audit-record/1\n[2,"2025-03-01T08:00:00.000Z",null,"clerk","POST /api/v1/research","m","research-answer",2,'
      + `["d1","d2"],10,5,7,"success",200,"generative","r-2","${first?.hash}"]`;
    expect(second).toMatchObject({ seq: 2, prevHash: first?.hash, documents: ['d1', 'd2'], hash: sha256(canonicalSecond) });
  });

  it('stores actors only as keyed pseudonyms that a mapping resolves', () => {
    const { log, database } = createAuditFixture();
    const first = log.append(sampleEntry(0, { subject: 'erika.mustermann' }));
    const again = log.append(sampleEntry(1, { subject: 'erika.mustermann' }));
    const other = log.append(sampleEntry(2, { subject: 'max.muster' }));
    expect(first?.actor).toMatch(/^ps_[A-Za-z0-9_-]{22}$/);
    expect(again?.actor).toBe(first?.actor);
    expect(other?.actor).not.toBe(first?.actor);
    expect(log.pseudonyms.resolve(first?.actor ?? '')).toBe('erika.mustermann');
    const stored = database.prepare('SELECT group_concat(coalesce(actor, \'\')) FROM audit_records').pluck().get() as string;
    expect(stored).not.toContain('erika');
  });

  it('signs the head on every append and a checkpoint every N records and at close', async () => {
    const { log, database, signer } = createAuditFixture({ checkpointInterval: 3 });
    for (let index = 1; index <= 7; index += 1) {
      const record = log.append(sampleEntry(index));
      const head = log.tables.head.get();
      expect(head).toMatchObject({ seq: index, hash: record?.hash, keyId: signer.keyId });
      expect(head && signer.publicKey.verify(headPayload(head), head.signature)).toBe(true);
    }
    const seqs = () => database.prepare('SELECT seq || \':\' || reason FROM audit_checkpoints ORDER BY id').pluck().all();
    expect(seqs()).toEqual(['3:interval', '6:interval']);
    expect(log.checkpoint('manual')).toMatchObject({ seq: 7 });
    expect(log.checkpoint('manual')).toBeNull();
    log.append(sampleEntry(8));
    log.close();
    expect(seqs()).toEqual(['3:interval', '6:interval', '7:manual', '8:shutdown']);
    expect(log.append(sampleEntry(9))).toBeNull();
    expect(await verifyAuditLog(database, { publicKeys: [signer.publicKey] })).toMatchObject({ ok: true, records: 8, checkpoints: 4 });
  });

  it('refuses updates and deletes through its guard triggers', () => {
    const { log, database } = createAuditFixture();
    log.append(sampleEntry(1));
    log.checkpoint('manual');
    expect(() => database.prepare("UPDATE audit_records SET outcome = 'x'").run()).toThrow(/append-only/);
    expect(() => database.prepare('DELETE FROM audit_records').run()).toThrow(/retention checkpoint/);
    expect(() => database.prepare('DELETE FROM audit_checkpoints').run()).toThrow(/retention checkpoint/);
  });

  it('keeps content only when enabled, outside the chain', async () => {
    const content = { prompt: 'Frage von [PERSON_1]', answer: 'Antwort' };
    const off = createAuditFixture();
    off.log.append(sampleEntry(1), content);
    expect(off.database.prepare('SELECT count(*) FROM audit_contents').pluck().get()).toBe(0);

    const on = createAuditFixture({ storeContent: true });
    const record = on.log.append(sampleEntry(1), content);
    on.log.append(sampleEntry(2));
    expect(on.database.prepare('SELECT seq, actor, prompt, answer FROM audit_contents').all())
      .toEqual([{ seq: 1, actor: record?.actor, prompt: content.prompt, answer: content.answer }]);
    on.database.prepare('DELETE FROM audit_contents').run();
    expect((await verifyAuditLog(on.database, { publicKeys: [on.signer.publicKey] })).ok).toBe(true);
  });

  it('erases a subject (DSGVO Art. 17) without breaking the chain', async () => {
    const { log, database, signer } = createAuditFixture({ storeContent: true });
    const before = log.append(sampleEntry(1, { subject: 'erika.mustermann' }), { prompt: 'p', answer: 'a' });
    log.append(sampleEntry(2, { subject: 'max.muster' }), { prompt: 'p2' });
    expect(eraseAuditSubject(log, 'erika.mustermann')).toEqual({ erased: true, contents: 1 });
    expect(eraseAuditSubject(log, 'erika.mustermann')).toEqual({ erased: false, contents: 0 });
    expect(log.pseudonyms.resolve(before?.actor ?? '')).toBeNull();
    expect(database.prepare('SELECT count(*) FROM audit_contents').pluck().get()).toBe(1);
    const after = log.append(sampleEntry(3, { subject: 'erika.mustermann' }));
    expect(after?.actor).not.toBe(before?.actor);
    const last = database.prepare('SELECT function FROM audit_records WHERE seq = 3').pluck().get();
    expect(last).toBe('system audit-erase-subject');
    expect(await verifyAuditLog(database, { publicKeys: [signer.publicKey] })).toMatchObject({ ok: true, records: 4 });
  });

  it('stops signing once the head is missing, so later appends cannot hide a truncation', async () => {
    const { log, database, signer } = createAuditFixture({ checkpointInterval: 2 });
    for (let index = 1; index <= 5; index += 1) log.append(sampleEntry(index));
    database.exec('DROP TRIGGER audit_records_retention_only');
    database.prepare('DELETE FROM audit_records WHERE seq = 5').run();
    database.prepare('DELETE FROM audit_head').run();
    for (let index = 6; index <= 9; index += 1) log.append(sampleEntry(index));
    // Appends continue from the last stored record (4), unsigned: no head, no new checkpoints.
    expect(log.state()).toMatchObject({ seq: 8, frozen: 'the signed head is missing' });
    expect(log.tables.head.get()).toBeUndefined();
    expect(database.prepare('SELECT max(seq) FROM audit_checkpoints').pluck().get()).toBe(4);
    expect((await verifyAuditLog(database, { publicKeys: [signer.publicKey] })).firstBroken).toMatchObject({ seq: 9, reason: 'head-missing' });
  });

  it('continues after another writer with the same key (the CLI) appended', async () => {
    const fixture = createAuditFixture({ checkpointInterval: 100 });
    const cli = new AuditLog({
      database: fixture.database, signer: fixture.signer, pseudonyms: new PseudonymStore(fixture.database, randomBytes(32)),
      checkpointInterval: 100, storeContent: false,
    });
    fixture.log.append(sampleEntry(1));
    cli.append(sampleEntry(2));
    fixture.log.append(sampleEntry(3));
    expect(fixture.log.state().frozen).toBeNull();
    expect(await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] })).toMatchObject({ ok: true, records: 3 });
  });
});
