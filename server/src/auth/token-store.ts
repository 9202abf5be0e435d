import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Database } from '../platform/db';
import type { Actor, Role } from './actor';

export interface ApiTokenRecord {
  id: string;
  subject: string;
  role: Role;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

const TOKEN_PREFIX = 'llm_';

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** Personal API tokens, stored only as SHA-256 hashes; the plain token is shown once at creation. */
export class TokenStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  create(input: { subject: string; role: Role; name: string; expiresAt: Date | null }): { token: string; record: ApiTokenRecord } {
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const record: ApiTokenRecord = {
      id: randomUUID(), subject: input.subject, role: input.role, name: input.name,
      createdAt: this.now().toISOString(), expiresAt: input.expiresAt?.toISOString() ?? null, revokedAt: null,
    };
    this.database
      .prepare('INSERT INTO api_tokens (id, subject, role, name, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(record.id, record.subject, record.role, record.name, hashToken(token), record.createdAt, record.expiresAt);
    return { token, record };
  }

  /** The actor for a presented token, or null when unknown, expired or revoked. */
  authenticate(token: string): Actor | null {
    if (!token.startsWith(TOKEN_PREFIX)) return null;
    const row = this.database
      .prepare('SELECT subject, role, expires_at AS expiresAt, revoked_at AS revokedAt FROM api_tokens WHERE token_hash = ?')
      .get(hashToken(token)) as { subject: string; role: Role; expiresAt: string | null; revokedAt: string | null } | undefined;
    if (!row || row.revokedAt) return null;
    if (row.expiresAt && Date.parse(row.expiresAt) <= this.now().getTime()) return null;
    return { subject: row.subject, role: row.role, via: 'api-token' };
  }

  list(subject?: string): ApiTokenRecord[] {
    const where = subject === undefined ? '' : 'WHERE subject = ?';
    return this.database
      .prepare(`SELECT id, subject, role, name, created_at AS createdAt, expires_at AS expiresAt, revoked_at AS revokedAt FROM api_tokens ${where} ORDER BY created_at`)
      .all(...(subject === undefined ? [] : [subject])) as ApiTokenRecord[];
  }

  revoke(id: string): ApiTokenRecord | null {
    this.database.prepare('UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL').run(this.now().toISOString(), id);
    return this.list().find((token) => token.id === id) ?? null;
  }

  count(): number {
    return this.database.prepare('SELECT count(*) FROM api_tokens').pluck().get() as number;
  }
}

/** Constant-time comparison for the configured admin token. */
export function matchesSecret(presented: string, secret: string): boolean {
  const a = Buffer.from(hashToken(presented));
  const b = Buffer.from(hashToken(secret));
  return timingSafeEqual(a, b);
}
