import path from 'node:path';
import type { Config } from '../config';
import type { Database } from '../platform/db';
import type { Logger } from '../platform/logger';
import { AuditLog } from './audit-log';
import { loadPseudonymKey, PseudonymStore } from './pseudonyms';
import { loadSigningKey } from './signing-key';

export type AuditSettings = Pick<Config, 'dataDir' | 'auditSigningKeyFile' | 'auditCheckpointInterval' | 'auditStoreContent'>;

export const DEFAULT_SIGNING_KEY_FILE = 'audit-signing-key.pem';
export const PSEUDONYM_KEY_FILE = 'audit-pseudonym.key';

/** The signing key file in use: the configured one, else the data dir's. */
export function signingKeyFile(settings: Pick<Config, 'dataDir' | 'auditSigningKeyFile'>): string {
  return settings.auditSigningKeyFile ?? path.join(settings.dataDir, DEFAULT_SIGNING_KEY_FILE);
}

/**
 * The audit log over the service database. The signing key is created in the data dir at first
 * start (mode 0600) unless LLMOIN_AUDIT_SIGNING_KEY_FILE names one, which must then exist.
 */
export function openAuditLog(database: Database, settings: AuditSettings, logger?: Logger, now?: () => Date): AuditLog {
  const key = loadSigningKey(signingKeyFile(settings), { create: settings.auditSigningKeyFile === null });
  if (key.created) logger?.info({ file: key.file, keyId: key.signer.keyId }, 'created the audit signing key; export its public key for auditors (npm run audit -- public-key)');
  if (key.warning) logger?.warn({ file: key.file }, key.warning);
  const pseudonyms = new PseudonymStore(database, loadPseudonymKey(path.join(settings.dataDir, PSEUDONYM_KEY_FILE)), now);
  return new AuditLog({
    database, signer: key.signer, pseudonyms, checkpointInterval: settings.auditCheckpointInterval,
    storeContent: settings.auditStoreContent, now, logger,
  });
}
