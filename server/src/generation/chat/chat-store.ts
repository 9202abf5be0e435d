import { randomUUID } from 'node:crypto';
import type { Database } from '../../platform/db';

export interface ChatSummary {
  id: string;
  title: string;
  documentIds: string[];
  createdAt: string;
  updatedAt: string;
  messageCount: number;
}

export interface StoredCitation {
  marker: number;
  documentId: string;
  title: string;
  section: string | null;
  page: number;
  start: number;
  end: number;
  quote: string;
}

export interface ChatMessageRecord {
  id: number;
  role: 'user' | 'assistant';
  content: string;
  mode: string | null;
  model: string | null;
  citations: StoredCitation[];
  createdAt: string;
}

interface ChatRow {
  id: string;
  owner: string;
  title: string;
  document_ids: string;
  created_at: string;
  updated_at: string;
  message_count: number;
}

interface MessageRow {
  id: number;
  role: 'user' | 'assistant';
  content: string;
  mode: string | null;
  model: string | null;
  citations: string;
  created_at: string;
}

const SUMMARY_SELECT = 'SELECT c.*, (SELECT count(*) FROM chat_messages m WHERE m.chat_id = c.id) AS message_count FROM chats c';

/**
 * Chat histories, kept server-side per user. Every method takes the owner: a chat is only ever
 * found through its owner, so no caller can reach another user's history by id.
 */
export class ChatStore {
  constructor(
    private readonly database: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  create(owner: string, input: { title: string; documentIds: string[] }): ChatSummary {
    const id = randomUUID();
    const at = this.now().toISOString();
    this.database
      .prepare('INSERT INTO chats (id, owner, title, document_ids, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, owner, input.title, JSON.stringify(input.documentIds), at, at);
    return { id, title: input.title, documentIds: input.documentIds, createdAt: at, updatedAt: at, messageCount: 0 };
  }

  count(owner: string): number {
    return this.database.prepare('SELECT count(*) FROM chats WHERE owner = ?').pluck().get(owner) as number;
  }

  list(owner: string): ChatSummary[] {
    const rows = this.database
      .prepare(`${SUMMARY_SELECT} WHERE owner = ? ORDER BY updated_at DESC, id`)
      .all(owner) as ChatRow[];
    return rows.map(toSummary);
  }

  get(owner: string, id: string): ChatSummary | null {
    const row = this.database
      .prepare(`${SUMMARY_SELECT} WHERE owner = ? AND id = ?`)
      .get(owner, id) as ChatRow | undefined;
    return row ? toSummary(row) : null;
  }

  messages(owner: string, id: string): ChatMessageRecord[] {
    const rows = this.database
      .prepare(`SELECT m.id, m.role, m.content, m.mode, m.model, m.citations, m.created_at FROM chat_messages m
                JOIN chats c ON c.id = m.chat_id WHERE c.owner = ? AND c.id = ? ORDER BY m.id`)
      .all(owner, id) as MessageRow[];
    return rows.map((row) => ({
      id: row.id, role: row.role, content: row.content, mode: row.mode, model: row.model,
      citations: JSON.parse(row.citations) as StoredCitation[], createdAt: row.created_at,
    }));
  }

  update(owner: string, id: string, changes: { title?: string; documentIds?: string[] }): ChatSummary | null {
    const current = this.get(owner, id);
    if (!current) return null;
    this.database
      .prepare('UPDATE chats SET title = ?, document_ids = ?, updated_at = ? WHERE owner = ? AND id = ?')
      .run(changes.title ?? current.title, JSON.stringify(changes.documentIds ?? current.documentIds), this.now().toISOString(), owner, id);
    return this.get(owner, id);
  }

  /** Appends the user's message and the answer in one transaction: a failed answer leaves no half turn. */
  appendTurn(owner: string, id: string, user: string, answer: Omit<ChatMessageRecord, 'id' | 'role' | 'createdAt'>): void {
    const at = this.now().toISOString();
    const insert = this.database.prepare(
      'INSERT INTO chat_messages (chat_id, role, content, mode, model, citations, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.database.transaction(() => {
      const changed = this.database.prepare('UPDATE chats SET updated_at = ? WHERE owner = ? AND id = ?').run(at, owner, id);
      if (changed.changes === 0) throw new Error('chat vanished during the turn');
      insert.run(id, 'user', user, null, null, '[]', at);
      insert.run(id, 'assistant', answer.content, answer.mode, answer.model, JSON.stringify(answer.citations), at);
    })();
  }

  delete(owner: string, id: string): boolean {
    return this.database.prepare('DELETE FROM chats WHERE owner = ? AND id = ?').run(owner, id).changes > 0;
  }

  deleteAll(owner: string): number {
    return this.database.prepare('DELETE FROM chats WHERE owner = ?').run(owner).changes;
  }
}

function toSummary(row: ChatRow): ChatSummary {
  return {
    id: row.id, title: row.title, documentIds: JSON.parse(row.document_ids) as string[], createdAt: row.created_at, updatedAt: row.updated_at,
    messageCount: row.message_count,
  };
}
