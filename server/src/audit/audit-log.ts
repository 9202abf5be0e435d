import type { Database } from '../platform/db';
import type { Logger } from '../platform/logger';
import type { AuditCheckpoint, AuditContent, AuditEntry, AuditHead, AuditRecord, CheckpointReason } from './audit-record';
import { AuditTables } from './audit-tables';
import { checkpointPayload, GENESIS_HASH, headPayload, recordHash, type HashedFields } from './canonical-form';
import type { PseudonymStore } from './pseudonyms';
import type { AuditSigner } from './signing-key';

export interface AuditLogOptions {
  database: Database;
  signer: AuditSigner;
  pseudonyms: PseudonymStore;
  /** A signed checkpoint after every this many records. */
  checkpointInterval: number;
  /** Keep prompt/answer text handed to `append` (LLMOIN_AUDIT_STORE_CONTENT). */
  storeContent: boolean;
  now?: () => Date;
  logger?: Pick<Logger, 'error' | 'warn'>;
}

/** Where the next record attaches, and whether the log may keep signing. */
interface ChainBase {
  seq: number;
  hash: string;
  /** Why the head cannot be trusted; then records are still appended but nothing new is signed. */
  frozen: string | null;
}

const MAX_TEXT = 200;
const MAX_DOCUMENTS = 200;

/**
 * The append-only, hash-chained audit log. Each append writes the record and a freshly signed head
 * (seq + hash) in one transaction, so a truncated tail is detected even after the last checkpoint;
 * the head is authoritative only while its signature holds (see docs/AUDIT.md).
 */
export class AuditLog {
  readonly tables: AuditTables;
  private readonly now: () => Date;
  private lastWrittenHead: AuditHead | null = null;
  private frozenReported = false;
  private closed = false;
  private readonly appendTransaction;
  private readonly checkpointTransaction;

  constructor(private readonly options: AuditLogOptions) {
    this.tables = new AuditTables(options.database);
    this.now = options.now ?? (() => new Date());
    this.appendTransaction = options.database.transaction((entry: AuditEntry, content: AuditContent | undefined) => this.appendInTransaction(entry, content));
    this.checkpointTransaction = options.database.transaction((reason: CheckpointReason) => this.checkpointInTransaction(reason));
  }

  get signer(): AuditSigner {
    return this.options.signer;
  }

  get pseudonyms(): PseudonymStore {
    return this.options.pseudonyms;
  }

  get storesContent(): boolean {
    return this.options.storeContent;
  }

  /** Appends one record (and, when enabled, its content); returns null once the log is closed. */
  append(entry: AuditEntry, content?: AuditContent): AuditRecord | null {
    if (this.closed) return null;
    return this.appendTransaction.immediate(entry, content);
  }

  /** Signs the current head as a checkpoint; null when there is nothing new to sign or the head is not trusted. */
  checkpoint(reason: CheckpointReason = 'manual'): AuditCheckpoint | null {
    if (this.closed) return null;
    return this.checkpointTransaction.immediate(reason);
  }

  /** The chain's current base as the next append would see it (for status and tests). */
  state(): { seq: number; hash: string; frozen: string | null } {
    return this.options.database.transaction(() => this.chainBase())();
  }

  /** Signs a shutdown checkpoint; later appends are dropped (the database closes next). */
  close(): void {
    if (this.closed) return;
    try {
      this.checkpoint('shutdown');
    } finally {
      this.closed = true;
    }
  }

  /** Signs a checkpoint for a given record (retention cuts); the caller holds the transaction. */
  signCheckpoint(seq: number, headHash: string, reason: CheckpointReason): AuditCheckpoint {
    const at = this.now().toISOString();
    const signature = this.options.signer.sign(checkpointPayload({ seq, headHash, at, reason }));
    const checkpoint: AuditCheckpoint = { seq, headHash, at, reason, keyId: this.options.signer.keyId, signature };
    this.tables.insertCheckpoint.run(checkpoint);
    return checkpoint;
  }

  private appendInTransaction(entry: AuditEntry, content: AuditContent | undefined): AuditRecord {
    const base = this.chainBase();
    const at = this.now().toISOString();
    const fields: HashedFields = {
      seq: base.seq + 1,
      at,
      actor: entry.subject === null ? null : this.options.pseudonyms.pseudonymFor(entry.subject),
      role: entry.role,
      function: clip(entry.function) ?? 'unknown',
      model: clip(entry.model),
      promptId: clip(entry.prompt?.id),
      promptVersion: integerOrNull(entry.prompt?.version),
      documents: [...new Set(entry.documents ?? [])].slice(0, MAX_DOCUMENTS).map((id) => id.slice(0, MAX_TEXT)),
      tokensIn: integerOrNull(entry.tokensIn),
      tokensOut: integerOrNull(entry.tokensOut),
      latencyMs: integerOrNull(entry.latencyMs),
      outcome: entry.outcome,
      status: integerOrNull(entry.status),
      mode: clip(entry.mode),
      requestId: clip(entry.requestId),
      prevHash: base.hash,
    };
    const record: AuditRecord = { ...fields, hash: recordHash(fields) };
    this.tables.insertRecord.run({ ...record, documents: JSON.stringify(record.documents) });
    if (base.frozen === null) {
      this.writeHead(record.seq, record.hash, at);
      if (record.seq % this.options.checkpointInterval === 0) this.signCheckpoint(record.seq, record.hash, 'interval');
    }
    if (this.options.storeContent && content && (content.prompt || content.answer)) {
      this.tables.insertContent.run({ seq: record.seq, at, actor: fields.actor, prompt: content.prompt ?? null, answer: content.answer ?? null });
    }
    return record;
  }

  private checkpointInTransaction(reason: CheckpointReason): AuditCheckpoint | null {
    const base = this.chainBase();
    if (base.frozen !== null || base.seq === 0) return null;
    if (this.tables.lastCheckpointSeq.get() === base.seq) return null;
    return this.signCheckpoint(base.seq, base.hash, reason);
  }

  private writeHead(seq: number, hash: string, at: string): void {
    const signature = this.options.signer.sign(headPayload({ seq, hash, at }));
    const head: AuditHead = { seq, hash, at, keyId: this.options.signer.keyId, signature };
    this.tables.upsertHead.run(head);
    this.lastWrittenHead = head;
  }

  /**
   * The signed head is the base while it is trustworthy: the one this process wrote last (cheap
   * comparison), or one whose signature checks (another writer, e.g. the CLI). A missing or forged
   * head, or records beyond it, freeze signing so that the next append cannot launder the damage.
   */
  private chainBase(): ChainBase {
    const head = this.tables.head.get() ?? null;
    const last = this.tables.lastRecord.get() ?? null;
    let frozen: string | null = null;
    if (head === null) {
      if (last === null) return { seq: 0, hash: GENESIS_HASH, frozen: null };
      frozen = 'the signed head is missing';
    } else if (!this.headTrusted(head)) {
      frozen = 'the signed head does not verify';
    } else if (last !== null && last.seq > head.seq) {
      frozen = 'records exist beyond the signed head';
    } else {
      return { seq: head.seq, hash: head.hash, frozen: null };
    }
    if (!this.frozenReported) {
      this.frozenReported = true;
      this.options.logger?.error({ reason: frozen }, 'audit log head is not trustworthy; records are appended unsigned until an auditor investigates (npm run audit -- verify)');
    }
    return { seq: last?.seq ?? head?.seq ?? 0, hash: last?.hash ?? head?.hash ?? GENESIS_HASH, frozen };
  }

  private headTrusted(head: AuditHead): boolean {
    const mine = this.lastWrittenHead;
    if (mine && mine.seq === head.seq && mine.hash === head.hash && mine.signature === head.signature) return true;
    const trusted = head.keyId === this.options.signer.keyId && this.options.signer.publicKey.verify(headPayload(head), head.signature);
    if (trusted) this.lastWrittenHead = head;
    return trusted;
  }
}

function clip(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return value.slice(0, MAX_TEXT);
}

function integerOrNull(value: number | null | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null;
}
