import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openAuditLog } from '../audit';
import { sampleEntry } from '../audit/audit-fixture';
import { openDatabase } from '../platform/db';
import { runAuditCommand } from './audit-command';

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

describe('npm run audit', () => {
  let dataDir: string;
  const run = async (...argv: string[]): Promise<Run> => {
    let stdout = '';
    let stderr = '';
    const code = await runAuditCommand(argv, {
      stdout: { write: (text: string) => (stdout += text) },
      stderr: { write: (text: string) => (stderr += text) },
      environment: { LLMOIN_DATA_DIR: dataDir },
    });
    return { code, stdout, stderr };
  };
  const withDatabase = (work: (database: ReturnType<typeof openDatabase>) => void) => {
    const database = openDatabase({ file: path.join(dataDir, 'llmoin.db') });
    try {
      work(database);
    } finally {
      database.close();
    }
  };

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-audit-cli-'));
    withDatabase((database) => {
      const log = openAuditLog(database, { dataDir, auditSigningKeyFile: null, auditCheckpointInterval: 3, auditStoreContent: false });
      for (let index = 1; index <= 5; index += 1) log.append(sampleEntry(index, { subject: index === 2 ? 'erika.mustermann' : 'max.muster' }));
      log.close();
    });
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('verifies an intact data dir (exit 0), as text and as JSON', async () => {
    const text = await run('verify');
    expect(text).toMatchObject({ code: 0 });
    expect(text.stdout).toMatch(/^Audit log OK: 5 records from 1, 2 checkpoints, head 5 [0-9a-f]{64}/);
    const json = await run('verify', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: true, records: 5, checkpoints: 2, firstBroken: null });
  });

  it('exits 1 and names the first broken record of a tampered data dir', async () => {
    withDatabase((database) => {
      database.exec('DROP TRIGGER audit_records_no_update');
      database.prepare("UPDATE audit_records SET function = 'GET /api/v1/tokens' WHERE seq = 4").run();
    });
    const text = await run('verify');
    expect(text.code).toBe(1);
    expect(text.stdout).toContain('Audit log BROKEN at record 4: hash-mismatch');
    const json = await run('verify', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, firstBroken: { seq: 4, reason: 'hash-mismatch' } });
  });

  it('exits 1 when the log is not signed by the public key the auditor holds', async () => {
    const foreign = path.join(dataDir, 'foreign.pem');
    fs.writeFileSync(foreign, generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }));
    expect((await run('verify', '--public-key', foreign)).code).toBe(1);
    const exported = path.join(dataDir, 'exported.pem');
    const key = await run('public-key');
    expect(key.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    fs.writeFileSync(exported, key.stdout);
    expect((await run('verify', '--public-key', exported)).code).toBe(0);
  });

  it('checks a trusted head and rejects a malformed one', async () => {
    const head = JSON.parse((await run('verify', '--json')).stdout).head as { seq: number; hash: string };
    expect((await run('verify', `--trusted-head=${head.seq}:${head.hash}`)).code).toBe(0);
    expect((await run('verify', `--trusted-head=${head.seq}:${'0'.repeat(64)}`)).code).toBe(1);
    expect((await run('verify', '--trusted-head=five')).code).toBe(2);
  });

  it('prunes (nothing is old enough here), signs a checkpoint, erases a subject, and still verifies', async () => {
    expect(await run('prune', '--days', '30', '--json')).toMatchObject({ code: 0 });
    expect((await run('checkpoint')).stdout).toMatch(/^Nothing new to sign/);
    expect((await run('erase-subject', 'erika.mustermann')).stdout).toContain('Erased the pseudonym mapping');
    expect((await run('checkpoint')).stdout).toMatch(/^Signed checkpoint at record 6/);
    expect(await run('verify')).toMatchObject({ code: 0 });
  });

  it('explains usage errors (exit 2) and a missing database (exit 1)', async () => {
    expect(await run()).toMatchObject({ code: 2 });
    expect(await run('shred')).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown command "shred"') });
    expect(await run('prune', '--days', '-1')).toMatchObject({ code: 2 });
    fs.rmSync(path.join(dataDir, 'llmoin.db'));
    expect(await run('verify')).toMatchObject({ code: 1, stderr: expect.stringContaining('no database at') });
  });
});
