import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import type { Database } from '../platform/db';
import { SCOPES, type Actor, type Role, type Scope } from './actor';

export interface ApiTokenRecord {
  id: string;
  subject: string;
  role: Role;
  name: string;
  /** The scopes the token is limited to; null: everything the role allows. */
  scopes: Scope[] | null;
  /** Groups recorded at creation, for documents shared with a group. */
  groups: string[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface CreateTokenInput {
  subject: string;
  role: Role;
  name: string;
  /** null: the maximum lifetime. Later dates are cut to it. */
  expiresAt: Date | null;
  scopes?: readonly Scope[] | null;
  groups?: readonly string[];
}

export interface TokenStoreOptions {
  /** Longest lifetime of a token; also enforced on older tokens when they are presented. */
  maxLifetimeDays: number;
  now?: () => Date;
}

const TOKEN_PREFIX = 'llm_';
const DAY_MS = 86_400_000;
const DEFAULT_MAX_LIFETIME_DAYS = 365;

const scopesColumn = z.array(z.enum(SCOPES)).nullable();
const groupsColumn = z.array(z.string());

interface TokenRow {
  id: string; subject: string; role: Role; name: string; scopes: string | null; groups: string;
  createdAt: string; expiresAt: string | null; revokedAt: string | null;
}

const COLUMNS = 'id, subject, role, name, scopes, groups, created_at AS createdAt, expires_at AS expiresAt, revoked_at AS revokedAt';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Personal API tokens, stored only as SHA-256 hashes; the plain token is shown once at creation. */
export class TokenStore {
  private readonly maxLifetimeMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly database: Database,
    options: Partial<TokenStoreOptions> = {},
  ) {
    this.maxLifetimeMs = (options.maxLifetimeDays ?? DEFAULT_MAX_LIFETIME_DAYS) * DAY_MS;
    this.now = options.now ?? (() => new Date());
  }

  get maxLifetimeDays(): number {
    return this.maxLifetimeMs / DAY_MS;
  }

  create(input: CreateTokenInput): { token: string; record: ApiTokenRecord } {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const createdAt = this.now();
    const latest = createdAt.getTime() + this.maxLifetimeMs;
    const expiresAt = new Date(Math.min(input.expiresAt?.getTime() ?? latest, latest));
    const record: ApiTokenRecord = {
      id: randomUUID(), subject: input.subject, role: input.role, name: input.name,
      scopes: input.scopes ? [...new Set(input.scopes)] : null, groups: [...new Set(input.groups ?? [])],
      createdAt: createdAt.toISOString(), expiresAt: expiresAt.toISOString(), revokedAt: null,
    };
    this.database
      .prepare('INSERT INTO api_tokens (id, subject, role, name, scopes, groups, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(record.id, record.subject, record.role, record.name, record.scopes ? JSON.stringify(record.scopes) : null,
        JSON.stringify(record.groups), hashToken(token), record.createdAt, record.expiresAt);
    return { token, record };
  }

  /** The actor for a presented token, or null when unknown, expired (or older than the maximum lifetime) or revoked. */
  authenticate(token: string): Actor | null {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const row = this.database.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE token_hash = ?`).get(hashToken(token)) as TokenRow | undefined;
    if (!row || row.revokedAt) return null;
    const now = this.now().getTime();
    if (row.expiresAt && Date.parse(row.expiresAt) <= now) return null;
    if (Date.parse(row.createdAt) + this.maxLifetimeMs <= now) return null;
    const record = toRecord(row, this.maxLifetimeMs);
    return {
      subject: record.subject, role: record.role, via: 'api-token',
      ...(record.scopes ? { scopes: record.scopes } : {}),
      groups: record.groups,
    };
  }

  list(subject?: string): ApiTokenRecord[] {
    const where = subject === undefined ? '' : 'WHERE subject = ?';
    const rows = this.database
      .prepare(`SELECT ${COLUMNS} FROM api_tokens ${where} ORDER BY created_at, id`)
      .all(...(subject === undefined ? [] : [subject])) as TokenRow[];
    return rows.map((row) => toRecord(row, this.maxLifetimeMs));
  }

  find(id: string): ApiTokenRecord | null {
    const row = this.database.prepare(`SELECT ${COLUMNS} FROM api_tokens WHERE id = ?`).get(id) as TokenRow | undefined;
    return row ? toRecord(row, this.maxLifetimeMs) : null;
  }

  revoke(id: string): ApiTokenRecord | null {
    this.database.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(this.now().toISOString(), id);
    return this.find(id);
  }

  count(): number {
    return this.database.prepare('SELECT count(*) FROM api_tokens').pluck().get() as number;
  }

  /** Erasure (Art. 17 DSGVO): the user's tokens are deleted, not merely revoked. */
  deleteAllOf(subject: string): number {
    return this.database.prepare('DELETE FROM api_tokens WHERE subject = ?').run(subject).changes;
  }
}

/** Tokens from before the maximum lifetime existed may lack an expiry: they expire at creation + maximum. */
function toRecord(row: TokenRow, maxLifetimeMs: number): ApiTokenRecord {
  const latest = new Date(Date.parse(row.createdAt) + maxLifetimeMs).toISOString();
  const expiresAt = row.expiresAt && row.expiresAt < latest ? row.expiresAt : latest;
  return {
    id: row.id, subject: row.subject, role: row.role, name: row.name,
    scopes: scopesColumn.parse(row.scopes === null ? null : JSON.parse(row.scopes)),
    groups: groupsColumn.parse(JSON.parse(row.groups)),
    createdAt: row.createdAt, expiresAt, revokedAt: row.revokedAt,
  };
}

/** Constant-time comparison for the configured admin token. */
export function matchesSecret(presented: string, secret: string): boolean {
  const a = Buffer.from(hashToken(presented));
  const b = Buffer.from(hashToken(secret));
  return timingSafeEqual(a, b);
}
