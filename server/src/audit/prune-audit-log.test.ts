import { createAuditFixture, dropAuditTriggers, sampleEntry } from './audit-fixture';
import { AuditIntegrityError, pruneAuditLog } from './prune-audit-log';
import { verifyAuditLog } from './verify-audit-log';

const DAY = 86_400_000;

/** Records 1–4 on day 0, 5–8 on day 10, 9–10 on day 20 (checkpoint interval 3). */
function threeDays() {
  const fixture = createAuditFixture({ checkpointInterval: 3, storeContent: true });
  const appendDay = (from: number, to: number) => {
    for (let index = from; index <= to; index += 1) fixture.log.append(sampleEntry(index), { prompt: `p${index}` });
  };
  appendDay(1, 4);
  fixture.advance(10 * DAY);
  appendDay(5, 8);
  fixture.advance(10 * DAY);
  appendDay(9, 10);
  return fixture;
}

describe('pruneAuditLog', () => {
  it('cuts behind a signed retention checkpoint and verification starts there', async () => {
    const fixture = threeDays();
    const result = await pruneAuditLog(fixture.log, { retentionDays: 5, contentRetentionDays: 0, now: fixture.now() });
    // Older than 5 days at day 20: records 1–8 (days 0 and 10).
    expect(result).toMatchObject({ records: 8, contents: 8, checkpoint: { seq: 8, reason: 'retention' } });
    expect(fixture.database.prepare('SELECT min(seq) FROM audit_records').pluck().get()).toBe(9);
    expect(fixture.database.prepare("SELECT seq || ':' || reason FROM audit_checkpoints ORDER BY seq").pluck().all()).toEqual(['8:retention', '9:interval']);
    const verification = await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] });
    // 9, 10 and the record of the prune itself (11).
    expect(verification).toMatchObject({ ok: true, from: 9, records: 3, firstBroken: null });
    expect(fixture.database.prepare('SELECT function FROM audit_records WHERE seq = 11').pluck().get()).toBe('system audit-prune');
  });

  it('keeps verifying across several prunes and further appends', async () => {
    const fixture = threeDays();
    await pruneAuditLog(fixture.log, { retentionDays: 5, contentRetentionDays: 0, now: fixture.now() });
    fixture.advance(10 * DAY);
    for (let index = 12; index <= 14; index += 1) fixture.log.append(sampleEntry(index));
    // Day 30, 5 days: 9–11 (day 20) go; 12–14 and the second prune record 15 stay.
    const second = await pruneAuditLog(fixture.log, { retentionDays: 5, contentRetentionDays: 0, now: fixture.now() });
    expect(second).toMatchObject({ records: 3, checkpoint: { seq: 11 } });
    expect(await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] })).toMatchObject({ ok: true, from: 12, records: 4 });
  });

  it('does not accept a forged retention checkpoint as a new start', async () => {
    const fixture = threeDays();
    await pruneAuditLog(fixture.log, { retentionDays: 5, contentRetentionDays: 0, now: fixture.now() });
    dropAuditTriggers(fixture.database);
    const ninth = fixture.database.prepare('SELECT hash, at FROM audit_records WHERE seq = 9').get() as { hash: string; at: string };
    fixture.database.prepare('DELETE FROM audit_records WHERE seq = 9').run();
    fixture.database.prepare("INSERT INTO audit_checkpoints (seq, head_hash, at, reason, key_id, signature) VALUES (9, ?, ?, 'retention', ?, ?)")
      .run(ninth.hash, ninth.at, fixture.signer.keyId, Buffer.alloc(64).toString('base64'));
    const verification = await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] });
    expect(verification).toMatchObject({ ok: false, from: 9, firstBroken: { seq: 9 } });
  });

  it('does nothing with retention 0 and leaves recent records alone', async () => {
    const fixture = threeDays();
    expect(await pruneAuditLog(fixture.log, { retentionDays: 0, contentRetentionDays: 0, now: fixture.now() })).toEqual({ records: 0, contents: 0, checkpoint: null });
    expect(await pruneAuditLog(fixture.log, { retentionDays: 30, contentRetentionDays: 0, now: fixture.now() })).toEqual({ records: 0, contents: 0, checkpoint: null });
    expect(fixture.database.prepare('SELECT count(*) FROM audit_records').pluck().get()).toBe(10);
  });

  it('drops stored content after its own, shorter retention', async () => {
    const fixture = threeDays();
    const result = await pruneAuditLog(fixture.log, { retentionDays: 0, contentRetentionDays: 5, now: fixture.now() });
    expect(result).toEqual({ records: 0, contents: 8, checkpoint: null });
    expect(fixture.database.prepare('SELECT seq FROM audit_contents ORDER BY seq').pluck().all()).toEqual([9, 10]);
  });

  it('refuses to prune a part that does not verify, so the evidence survives', async () => {
    const fixture = threeDays();
    dropAuditTriggers(fixture.database);
    fixture.database.prepare("UPDATE audit_records SET outcome = 'success', status = 200, function = 'GET /api/v1/documents' WHERE seq = 2").run();
    await expect(pruneAuditLog(fixture.log, { retentionDays: 5, contentRetentionDays: 0, now: fixture.now() })).rejects.toBeInstanceOf(AuditIntegrityError);
    expect(fixture.database.prepare('SELECT count(*) FROM audit_records').pluck().get()).toBe(10);
  });

  it('prunes when the damage lies after the cut', async () => {
    const fixture = threeDays();
    dropAuditTriggers(fixture.database);
    fixture.database.prepare("UPDATE audit_records SET outcome = 'forbidden' WHERE seq = 10").run();
    expect(await pruneAuditLog(fixture.log, { retentionDays: 5, contentRetentionDays: 0, now: fixture.now() })).toMatchObject({ records: 8 });
    expect((await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] })).firstBroken).toMatchObject({ seq: 10, reason: 'hash-mismatch' });
  });
});
