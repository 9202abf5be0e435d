/**
 * Versioned schema migrations, applied in order at start inside one transaction each.
 * Append new entries; never edit a migration that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'documents-chunks-fts',
    sql: `
      CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        source TEXT NOT NULL,
        media_type TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        collection TEXT NOT NULL,
        owner TEXT,
        ingested_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        page_count INTEGER NOT NULL,
        char_count INTEGER NOT NULL,
        metadata TEXT NOT NULL DEFAULT '{}',
        text TEXT NOT NULL
      );
      -- One logical document per (collection, owner, source): re-ingesting a source replaces it.
      CREATE UNIQUE INDEX documents_source ON documents (collection, ifnull(owner, ''), source);
      CREATE INDEX documents_sha256 ON documents (sha256);

      CREATE TABLE document_pages (
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        PRIMARY KEY (document_id, number)
      );

      CREATE TABLE chunks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        text TEXT NOT NULL,
        page INTEGER NOT NULL,
        section TEXT,
        heading TEXT,
        start_offset INTEGER NOT NULL,
        end_offset INTEGER NOT NULL,
        UNIQUE (document_id, ordinal)
      );

      -- Normalised terms only (see retrieval/german); weights per column are applied in bm25().
      CREATE VIRTUAL TABLE chunk_terms USING fts5 (
        title, section, body,
        content = '', contentless_delete = 1, tokenize = 'ascii'
      );

      CREATE TABLE rejected_files (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source TEXT NOT NULL,
        collection TEXT NOT NULL,
        owner TEXT,
        reason TEXT NOT NULL,
        detail TEXT NOT NULL,
        rejected_at TEXT NOT NULL
      );

      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    `,
  },
  {
    version: 2,
    name: 'api-tokens',
    sql: `
      CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        subject TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('clerk', 'auditor', 'admin')),
        name TEXT NOT NULL,
        token_hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
      );
      CREATE INDEX api_tokens_subject ON api_tokens (subject);
    `,
  },
];
