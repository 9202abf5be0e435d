import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations';

/** The handle other capabilities use; better-sqlite3 itself is imported only in platform/db. */
export type Database = BetterSqlite3.Database;
export type Statement<Parameters extends unknown[] = unknown[], Result = unknown> = BetterSqlite3.Statement<Parameters, Result>;

export interface OpenDatabaseOptions {
  /** File path, or ':memory:' for throwaway databases. */
  file: string;
  migrations?: Migration[];
}

/** Opens SQLite with WAL and foreign keys on, then applies pending migrations. */
export function openDatabase({ file, migrations = MIGRATIONS }: OpenDatabaseOptions): Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const database = new BetterSqlite3(file);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  applyMigrations(database, migrations);
  return database;
}

export function applyMigrations(database: Database, migrations: Migration[]): number {
  database.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(
    database.prepare('SELECT version FROM schema_migrations').pluck().all() as number[],
  );
  const record = database.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  const pending = [...migrations].sort((a, b) => a.version - b.version).filter((m) => !applied.has(m.version));
  for (const migration of pending) {
    database.transaction(() => {
      database.exec(migration.sql);
      record.run(migration.version, migration.name, new Date().toISOString());
    })();
  }
  return pending.length;
}

export function schemaVersion(database: Database): number {
  return (database.prepare('SELECT max(version) FROM schema_migrations').pluck().get() as number | null) ?? 0;
}
