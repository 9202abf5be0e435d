import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { openDatabase, type Database } from '../platform/db';
import { AuditLog } from './audit-log';
import type { AuditEntry } from './audit-record';
import { PseudonymStore } from './pseudonyms';
import { toSigner, type AuditSigner } from './signing-key';

export interface AuditFixture {
  database: Database;
  log: AuditLog;
  signer: AuditSigner;
  /** Moves the injected clock forward. */
  advance(milliseconds: number): void;
  now(): Date;
}

/**
 * A real audit log over a real SQLite database with a fresh key and a controllable clock, for the
 * tests and the append-cost measurement. `file` defaults to an in-memory database.
 */
export function createAuditFixture(options: { file?: string; checkpointInterval?: number; storeContent?: boolean; start?: Date } = {}): AuditFixture {
  const database = openDatabase({ file: options.file ?? ':memory:' });
  const signer = toSigner(generateKeyPairSync('ed25519').privateKey);
  let clock = (options.start ?? new Date('2025-03-01T08:00:00.000Z')).getTime();
  const now = () => new Date(clock);
  const log = new AuditLog({
    database, signer, pseudonyms: new PseudonymStore(database, randomBytes(32), now),
    checkpointInterval: options.checkpointInterval ?? 1000, storeContent: options.storeContent ?? false, now,
  });
  return { database, log, signer, now, advance: (milliseconds) => { clock += milliseconds; } };
}

/** A plausible API call for tests and measurements. */
export function sampleEntry(index: number, overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    subject: `user-${index % 7}`, role: 'clerk', function: 'POST /api/v1/research', model: 'test-generator',
    prompt: { id: 'research-answer', version: 2 }, documents: [`doc-${index % 5}`, `doc-${(index + 1) % 5}`],
    tokensIn: 300 + index, tokensOut: 80, latencyMs: 42 + (index % 10), outcome: 'success', status: 200, mode: 'generative',
    requestId: `request-${index}`, ...overrides,
  };
}

/** What an attacker with write access to the file does first: remove our guard triggers. */
export function dropAuditTriggers(database: Database): void {
  for (const name of ['audit_records_no_update', 'audit_records_retention_only', 'audit_checkpoints_no_update', 'audit_checkpoints_retention_only']) {
    database.exec(`DROP TRIGGER IF EXISTS ${name}`);
  }
}
