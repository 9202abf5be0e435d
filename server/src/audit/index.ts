export { AuditLog, type AuditLogOptions } from './audit-log';
export {
  AUDIT_OUTCOMES, outcomeForStatus,
  type AuditCheckpoint, type AuditContent, type AuditEntry, type AuditHead, type AuditOutcome, type AuditRecord, type CheckpointReason,
} from './audit-record';
export { canonicalRecord, recordHash, GENESIS_HASH } from './canonical-form';
export { eraseAuditSubject, type ErasureResult } from './erase-subject';
export { openAuditLog, signingKeyFile, type AuditSettings } from './open-audit-log';
export { AuditIntegrityError, pruneAuditLog, type PruneOptions, type PruneResult } from './prune-audit-log';
export { isPseudonym, PseudonymStore } from './pseudonyms';
export { auditRecordBatches, listAuditRecords, type AuditRecordFilter } from './query-audit-records';
export { AuditKeyError, loadSigningKey, readPublicKey, type AuditPublicKey, type AuditSigner } from './signing-key';
export { verifyAuditLog, type AuditVerification, type BrokenLink, type BrokenReason, type VerifyAuditLogOptions } from './verify-audit-log';
