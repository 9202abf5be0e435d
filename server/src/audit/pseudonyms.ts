import { createHmac, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database, Statement } from '../platform/db';

const PSEUDONYM = /^ps_[A-Za-z0-9_-]{22}$/;

export function isPseudonym(value: string): boolean {
  return PSEUDONYM.test(value);
}

/** The HMAC key in the data dir, created at first use (32 random bytes, mode 0600). */
export function loadPseudonymKey(file: string): Buffer {
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length < 32) throw new Error(`Audit pseudonym key ${file} is shorter than 32 bytes.`);
  return key;
}

/**
 * Actors appear in the chain only as keyed pseudonyms: HMAC-SHA256(key, salt ‖ subject) with a
 * random salt per subject kept in the mapping table. Deleting a mapping row (DSGVO Art. 17) makes
 * the pseudonym unresolvable even for whoever holds the key, and leaves every hash untouched;
 * a later call by the same subject starts a new pseudonym.
 */
export class PseudonymStore {
  private readonly bySubject: Statement<[string], string>;
  private readonly byPseudonym: Statement<[string], string>;
  private readonly insert: Statement<[string, string, string, string]>;
  private readonly remove: Statement<[string]>;

  constructor(
    database: Database,
    private readonly key: Buffer,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.bySubject = database.prepare<[string], string>('SELECT pseudonym FROM audit_subjects WHERE subject = ?').pluck();
    this.byPseudonym = database.prepare<[string], string>('SELECT subject FROM audit_subjects WHERE pseudonym = ?').pluck();
    this.insert = database.prepare('INSERT INTO audit_subjects (subject, pseudonym, salt, created_at) VALUES (?, ?, ?, ?)');
    this.remove = database.prepare('DELETE FROM audit_subjects WHERE subject = ?');
  }

  /** The subject's pseudonym, created (with a fresh salt) on first use. */
  pseudonymFor(subject: string): string {
    const known = this.bySubject.get(subject);
    if (known !== undefined) return known;
    const salt = randomBytes(16).toString('base64url');
    const pseudonym = `ps_${createHmac('sha256', this.key).update(`${salt}\u0000${subject}`, 'utf8').digest('base64url').slice(0, 22)}`;
    this.insert.run(subject, pseudonym, salt, this.now().toISOString());
    return pseudonym;
  }

  /** The pseudonym of a subject without creating one; null when unknown or erased. */
  find(subject: string): string | null {
    return this.bySubject.get(subject) ?? null;
  }

  resolve(pseudonym: string): string | null {
    return this.byPseudonym.get(pseudonym) ?? null;
  }

  /** Forgets the mapping; returns the pseudonym it had, or null when there was none. */
  erase(subject: string): string | null {
    const pseudonym = this.find(subject);
    if (pseudonym !== null) this.remove.run(subject);
    return pseudonym;
  }
}
