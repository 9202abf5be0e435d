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
  {
    version: 3,
    name: 'audit-log',
    // See server/src/audit: hash chain over audit_records, Ed25519-signed checkpoints and head.
    sql: `
      CREATE TABLE audit_records (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT,
        role TEXT,
        function TEXT NOT NULL,
        model TEXT,
        prompt_id TEXT,
        prompt_version INTEGER,
        documents TEXT NOT NULL,
        tokens_in INTEGER,
        tokens_out INTEGER,
        latency_ms INTEGER,
        outcome TEXT NOT NULL,
        status INTEGER,
        mode TEXT,
        request_id TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE INDEX audit_records_at ON audit_records (at);
      CREATE INDEX audit_records_actor ON audit_records (actor, seq);

      CREATE TABLE audit_checkpoints (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        seq INTEGER NOT NULL,
        head_hash TEXT NOT NULL,
        at TEXT NOT NULL,
        reason TEXT NOT NULL,
        key_id TEXT NOT NULL,
        signature TEXT NOT NULL
      );
      CREATE INDEX audit_checkpoints_reason ON audit_checkpoints (reason, seq);
      CREATE INDEX audit_checkpoints_seq ON audit_checkpoints (seq);

      -- The signed head (last seq and hash), rewritten with every append: detects a truncated tail.
      CREATE TABLE audit_head (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        seq INTEGER NOT NULL,
        hash TEXT NOT NULL,
        at TEXT NOT NULL,
        key_id TEXT NOT NULL,
        signature TEXT NOT NULL
      );

      -- subject <-> pseudonym; deleting a row (DSGVO Art. 17) leaves the chain intact but unresolvable.
      CREATE TABLE audit_subjects (
        subject TEXT PRIMARY KEY,
        pseudonym TEXT NOT NULL UNIQUE,
        salt TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      -- Optional prompt/answer text (LLMOIN_AUDIT_STORE_CONTENT), outside the hashed chain.
      CREATE TABLE audit_contents (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT,
        prompt TEXT,
        answer TEXT
      );
      CREATE INDEX audit_contents_at ON audit_contents (at);
      CREATE INDEX audit_contents_actor ON audit_contents (actor);

      -- Guards against mistakes in our own code; an attacker with the file can drop them, the chain still tells.
      CREATE TRIGGER audit_records_no_update BEFORE UPDATE ON audit_records
      BEGIN SELECT RAISE(ABORT, 'audit records are append-only'); END;
      CREATE TRIGGER audit_records_retention_only BEFORE DELETE ON audit_records
      WHEN old.seq > (SELECT ifnull(max(seq), 0) FROM audit_checkpoints WHERE reason = 'retention')
      BEGIN SELECT RAISE(ABORT, 'audit records are removed only behind a retention checkpoint'); END;
      CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
      BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END;
      CREATE TRIGGER audit_checkpoints_retention_only BEFORE DELETE ON audit_checkpoints
      WHEN old.seq >= (SELECT ifnull(max(seq), 0) FROM audit_checkpoints WHERE reason = 'retention')
      BEGIN SELECT RAISE(ABORT, 'audit checkpoints are removed only behind a retention checkpoint'); END;
    `,
  },
  {
    version: 4,
    name: 'chats',
    sql: `
      CREATE TABLE chats (
        id TEXT PRIMARY KEY,
        owner TEXT NOT NULL,
        title TEXT NOT NULL,
        document_ids TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX chats_owner ON chats (owner, updated_at);

      CREATE TABLE chat_messages (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id TEXT NOT NULL REFERENCES chats (id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('user', 'assistant')),
        content TEXT NOT NULL,
        mode TEXT,
        model TEXT,
        citations TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      );
      CREATE INDEX chat_messages_chat ON chat_messages (chat_id, id);
    `,
  },
  {
    version: 5,
    name: 'token-scopes-and-group-sharing',
    // See server/src/auth: scoped API tokens with the groups recorded at creation; uploads shared with one group.
    sql: `
      -- JSON array of scopes; NULL: everything the token's role allows (tokens from before this migration).
      ALTER TABLE api_tokens ADD COLUMN scopes TEXT;
      ALTER TABLE api_tokens ADD COLUMN groups TEXT NOT NULL DEFAULT '[]';
      ALTER TABLE documents ADD COLUMN share_group TEXT;
      CREATE INDEX documents_share_group ON documents (share_group) WHERE share_group IS NOT NULL;
    `,
  },
  {
    version: 6,
    name: 'chunk-term-vocabulary',
    // Document frequencies of the indexed terms (research weighs question terms by rarity).
    sql: `CREATE VIRTUAL TABLE chunk_terms_vocab USING fts5vocab(chunk_terms, 'row');`,
  },
];
