import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../platform/db';
import { createAuditFixture, dropAuditTriggers, sampleEntry, type AuditFixture } from './audit-fixture';
import { RECORD_COLUMNS, type RecordRow } from './audit-tables';
import { checkpointPayload, headPayload, parseDocuments, recordHash } from './canonical-form';
import { toSigner } from './signing-key';
import { verifyAuditLog } from './verify-audit-log';

/** Ten records, checkpoints at 4 and 8 (interval 4), head at 10. */
function tenRecords(): AuditFixture {
  const fixture = createAuditFixture({ checkpointInterval: 4 });
  for (let index = 1; index <= 10; index += 1) {
    fixture.log.append(sampleEntry(index));
    fixture.advance(1_000);
  }
  dropAuditTriggers(fixture.database);
  return fixture;
}

const verify = (fixture: AuditFixture) => verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] });

function allRows(database: Database): RecordRow[] {
  return database.prepare<[], RecordRow>(`SELECT ${RECORD_COLUMNS} FROM audit_records ORDER BY seq`).all();
}

function insertRow(database: Database, row: RecordRow): void {
  database.prepare(`INSERT INTO audit_records (seq, at, actor, role, function, model, prompt_id, prompt_version, documents, tokens_in, tokens_out,
    latency_ms, outcome, status, mode, request_id, prev_hash, hash) VALUES (@seq, @at, @actor, @role, @function, @model, @promptId, @promptVersion,
    @documents, @tokensIn, @tokensOut, @latencyMs, @outcome, @status, @mode, @requestId, @prevHash, @hash)`).run(row);
}

/** Rehashes a row the way an attacker without the key would: a self-consistent chain, no new signatures. */
function rehash(row: RecordRow, prevHash: string): RecordRow {
  const fields = { ...row, prevHash, documents: parseDocuments(row.documents) ?? [] };
  return { ...row, prevHash, hash: recordHash(fields) };
}

describe('verifyAuditLog', () => {
  it('accepts an intact log and an empty one', async () => {
    const fixture = tenRecords();
    expect(await verify(fixture)).toMatchObject({ ok: true, records: 10, checkpoints: 2, firstBroken: null, from: 1, head: { seq: 10 } });
    const empty = createAuditFixture();
    expect(await verify(empty)).toMatchObject({ ok: true, records: 0, checkpoints: 0, firstBroken: null });
  });

  it('names an edited field', async () => {
    const fixture = tenRecords();
    fixture.database.prepare("UPDATE audit_records SET outcome = 'forbidden' WHERE seq = 6").run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 6, reason: 'hash-mismatch' });
  });

  it('names an edited documents list, also when it is no longer valid JSON', async () => {
    const fixture = tenRecords();
    fixture.database.prepare("UPDATE audit_records SET documents = '[\"doc-0\"]' WHERE seq = 3").run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 3, reason: 'hash-mismatch' });
    fixture.database.prepare("UPDATE audit_records SET documents = 'not json' WHERE seq = 2").run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 2, reason: 'hash-mismatch' });
  });

  it('names a deleted row', async () => {
    const fixture = tenRecords();
    fixture.database.prepare('DELETE FROM audit_records WHERE seq = 6').run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 6, reason: 'missing-record' });
  });

  it('names a deleted first row (no retention checkpoint covers it)', async () => {
    const fixture = tenRecords();
    fixture.database.prepare('DELETE FROM audit_records WHERE seq = 1').run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 1, reason: 'missing-record' });
  });

  it('names the record after an inserted one, even when the forged record links correctly', async () => {
    const fixture = tenRecords();
    const rows = allRows(fixture.database);
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 6').run();
    const fifth = rows[4];
    if (!fifth) throw new Error('fixture has no record 5');
    const forged = rehash({ ...fifth, seq: 6, requestId: 'forged', outcome: 'success' }, fifth.hash);
    insertRow(fixture.database, forged);
    for (const row of rows.slice(5)) insertRow(fixture.database, { ...row, seq: row.seq + 1 });
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 7, reason: 'prev-hash-mismatch' });
  });

  it('names the first of two swapped rows', async () => {
    const fixture = tenRecords();
    const rows = allRows(fixture.database);
    const [sixth, seventh] = [rows[5], rows[6]];
    if (!sixth || !seventh) throw new Error('fixture too short');
    fixture.database.prepare('DELETE FROM audit_records WHERE seq IN (6, 7)').run();
    insertRow(fixture.database, { ...seventh, seq: 6 });
    insertRow(fixture.database, { ...sixth, seq: 7 });
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 6, reason: 'prev-hash-mismatch' });
  });

  it('names a truncated tail after the last checkpoint (the signed head still says 10)', async () => {
    const fixture = tenRecords();
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 9').run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 9, reason: 'truncated' });
  });

  it('names a truncated tail when the head row is deleted as well', async () => {
    const fixture = tenRecords();
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 9').run();
    fixture.database.prepare('DELETE FROM audit_head').run();
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 9, reason: 'head-missing' });
  });

  it('names a truncated tail that removes a checkpointed record together with checkpoint and head', async () => {
    const fixture = tenRecords();
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 8').run();
    fixture.database.prepare('DELETE FROM audit_checkpoints WHERE seq >= 8').run();
    const seventh = allRows(fixture.database)[6];
    if (!seventh) throw new Error('fixture too short');
    // Without the key the attacker can only copy an old signature: it does not match the new head.
    const head = fixture.database.prepare('SELECT signature FROM audit_checkpoints WHERE seq = 4').pluck().get() as string;
    fixture.database.prepare('UPDATE audit_head SET seq = 7, hash = ?, signature = ?').run(seventh.hash, head);
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 8, reason: 'head-signature-invalid' });
  });

  it('names a forged checkpoint signature', async () => {
    const fixture = tenRecords();
    const attacker = toSigner(generateKeyPairSync('ed25519').privateKey);
    const sixth = allRows(fixture.database)[5];
    if (!sixth) throw new Error('fixture too short');
    const forged = { seq: 6, headHash: sixth.hash, at: sixth.at, reason: 'manual' };
    fixture.database.prepare('INSERT INTO audit_checkpoints (seq, head_hash, at, reason, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)')
      .run(6, sixth.hash, sixth.at, 'manual', fixture.signer.keyId, attacker.sign(checkpointPayload(forged)));
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 6, reason: 'checkpoint-signature-invalid' });
  });

  it('names a checkpoint whose hash was changed (its signature no longer holds)', async () => {
    const fixture = tenRecords();
    fixture.database.prepare("UPDATE audit_checkpoints SET head_hash = ? WHERE seq = 4").run('f'.repeat(64));
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 4, reason: 'checkpoint-signature-invalid' });
  });

  it('catches a chain rewritten without the key at the first checkpoint after the edit', async () => {
    const fixture = tenRecords();
    const rows = allRows(fixture.database);
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 6').run();
    let prev = rows[4]?.hash ?? '';
    for (const row of rows.slice(5)) {
      const rewritten = rehash(row.seq === 6 ? { ...row, outcome: 'forbidden' } : row, prev);
      insertRow(fixture.database, rewritten);
      prev = rewritten.hash;
    }
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 8, reason: 'checkpoint-mismatch' });
  });

  it('catches a rewritten tail after the last checkpoint at the signed head', async () => {
    const fixture = tenRecords();
    const rows = allRows(fixture.database);
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 9').run();
    let prev = rows[7]?.hash ?? '';
    for (const row of rows.slice(8)) {
      const rewritten = rehash(row.seq === 9 ? { ...row, tokensOut: 1 } : row, prev);
      insertRow(fixture.database, rewritten);
      prev = rewritten.hash;
    }
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 10, reason: 'head-mismatch' });
  });

  it('names records appended behind the signed head', async () => {
    const fixture = tenRecords();
    const tenth = allRows(fixture.database)[9];
    if (!tenth) throw new Error('fixture too short');
    insertRow(fixture.database, rehash({ ...tenth, seq: 11, requestId: 'forged' }, tenth.hash));
    expect((await verify(fixture)).firstBroken).toMatchObject({ seq: 11, reason: 'beyond-head' });
  });

  it('detects a replaced signing key only with the public key the auditor exported earlier', async () => {
    const fixture = tenRecords();
    const saved = fixture.signer.publicKey;
    const attacker = toSigner(generateKeyPairSync('ed25519').privateKey);
    const rows = allRows(fixture.database);
    fixture.database.prepare('DELETE FROM audit_records WHERE seq >= 3').run();
    let prev = rows[1]?.hash ?? '';
    const hashes = new Map<number, string>();
    for (const row of rows.slice(2)) {
      const rewritten = rehash(row.seq === 3 ? { ...row, outcome: 'client-error' } : row, prev);
      insertRow(fixture.database, rewritten);
      hashes.set(row.seq, rewritten.hash);
      prev = rewritten.hash;
    }
    fixture.database.prepare('DELETE FROM audit_checkpoints').run();
    for (const seq of [4, 8]) {
      const checkpoint = { seq, headHash: hashes.get(seq) ?? '', at: '2025-03-01T09:00:00.000Z', reason: 'interval' };
      fixture.database.prepare('INSERT INTO audit_checkpoints (seq, head_hash, at, reason, key_id, signature) VALUES (?, ?, ?, ?, ?, ?)')
        .run(seq, checkpoint.headHash, checkpoint.at, checkpoint.reason, attacker.keyId, attacker.sign(checkpointPayload(checkpoint)));
    }
    const head = { seq: 10, hash: prev, at: '2025-03-01T09:00:00.000Z' };
    fixture.database.prepare('UPDATE audit_head SET hash = ?, at = ?, key_id = ?, signature = ?').run(prev, head.at, attacker.keyId, attacker.sign(headPayload(head)));

    expect((await verifyAuditLog(fixture.database, { publicKeys: [attacker.publicKey] })).ok).toBe(true);
    expect((await verifyAuditLog(fixture.database, { publicKeys: [saved] })).firstBroken).toMatchObject({ seq: 4, reason: 'checkpoint-signature-invalid' });
  });

  it('detects a rollback to an older copy only against a head the auditor saved', async () => {
    const fixture = createAuditFixture({ checkpointInterval: 4 });
    for (let index = 1; index <= 8; index += 1) fixture.log.append(sampleEntry(index));
    const copy = fixture.database.serialize();
    fixture.log.append(sampleEntry(9));
    fixture.log.append(sampleEntry(10));
    const saved = (await verify(fixture)).head;
    if (!saved) throw new Error('no head');

    fixture.database.close();
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-audit-rollback-'));
    fs.writeFileSync(path.join(directory, 'llmoin.db'), copy);
    const restored = openDatabase({ file: path.join(directory, 'llmoin.db') });
    const trustedHead = { seq: saved.seq, hash: saved.hash };
    expect((await verifyAuditLog(restored, { publicKeys: [fixture.signer.publicKey] })).ok).toBe(true);
    expect((await verifyAuditLog(restored, { publicKeys: [fixture.signer.publicKey], trustedHead })).firstBroken)
      .toMatchObject({ seq: 9, reason: 'trusted-head-mismatch' });
    restored.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('checks only up to `through` when asked (retention verifies what it cuts)', async () => {
    const fixture = tenRecords();
    fixture.database.prepare("UPDATE audit_records SET outcome = 'forbidden' WHERE seq = 7").run();
    const upToSix = await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey], through: 6, batchSize: 4 });
    expect(upToSix).toMatchObject({ ok: true, records: 6, checkpoints: 1 });
    const upToSeven = await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey], through: 7, batchSize: 4 });
    expect(upToSeven.firstBroken).toMatchObject({ seq: 7, reason: 'hash-mismatch' });
  });

  it('is not confused by records appended while it runs', async () => {
    const fixture = tenRecords();
    const running = verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey], batchSize: 3 });
    for (let index = 11; index <= 13; index += 1) fixture.log.append(sampleEntry(index));
    expect(await running).toMatchObject({ ok: true, records: 13 });
  });
});
