import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestService } from '../../test/test-service';
import { openDatabase } from '../platform/db';
import { sampleEntry } from './audit-fixture';
import { openAuditLog } from './open-audit-log';
import { verifyAuditLog } from './verify-audit-log';

describe('audit retention at service start', () => {
  it('prunes records older than LLMOIN_AUDIT_RETENTION_DAYS and the log still verifies', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-audit-start-'));
    try {
      // Six records 100 days ago, then four from yesterday, written by an earlier "run" of the service.
      const database = openDatabase({ file: path.join(dataDir, 'llmoin.db') });
      let clock = Date.now() - 100 * 86_400_000;
      const log = openAuditLog(database, { dataDir, auditSigningKeyFile: null, auditCheckpointInterval: 4, auditStoreContent: false }, undefined, () => new Date(clock));
      for (let index = 1; index <= 6; index += 1) log.append(sampleEntry(index));
      clock = Date.now() - 86_400_000;
      for (let index = 7; index <= 10; index += 1) log.append(sampleEntry(index));
      log.close();
      database.close();

      const test = await createTestService({ LLMOIN_DATA_DIR: dataDir, LLMOIN_AUDIT_RETENTION_DAYS: '30' });
      try {
        const service = test.service;
        expect(service.database.prepare('SELECT min(seq), max(seq) FROM audit_records').raw().get()).toEqual([7, 11]);
        expect(service.database.prepare("SELECT seq FROM audit_checkpoints WHERE reason = 'retention'").pluck().all()).toEqual([6]);
        const verification = await verifyAuditLog(service.database, { publicKeys: [service.deps.audit.signer.publicKey] });
        expect(verification).toMatchObject({ ok: true, from: 7, records: 5 });
      } finally {
        await test.close();
      }
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
