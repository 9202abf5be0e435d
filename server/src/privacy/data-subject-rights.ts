import { eraseAuditSubject, listAuditRecords, type AuditLog } from '../audit';
import type { TokenStore } from '../auth';
import type { ChatStore } from '../generation';
import type { DocumentLibrary } from '../ingest';

export interface DataSubjectStores {
  library: DocumentLibrary;
  chats: ChatStore;
  tokens: TokenStore;
  audit: AuditLog;
}

const AUDIT_PAGE = 1000;

/**
 * Art. 15 DSGVO: everything stored about one user — their uploads with extracted text, rejected
 * uploads, chat histories, API tokens (metadata; the secret was never stored) and the audit records
 * written under their pseudonym.
 */
export function exportSubjectData(stores: DataSubjectStores, subject: string, options: { chatContents: boolean }, now: Date = new Date()) {
  const store = stores.library.store;
  const documents = store.ownedBy(subject).map((document) => ({
    ...document, text: store.text(document.id) ?? '', pages: store.pages(document.id),
  }));
  // Admins export for a user (e.g. one who left) without reading their conversations: chats then carry no messages.
  const chats = stores.chats.list(subject).map((chat) => ({ ...chat, messages: options.chatContents ? stores.chats.messages(subject, chat.id) : null }));
  const pseudonym = stores.audit.pseudonyms.find(subject);
  const auditRecords = [];
  if (pseudonym) {
    let before: number | undefined;
    for (;;) {
      const page = listAuditRecords(stores.audit.tables.database, { actor: pseudonym }, { limit: AUDIT_PAGE, ...(before === undefined ? {} : { before }) });
      auditRecords.push(...page.records);
      if (!page.nextCursor || page.records.length === 0) break;
      before = page.records.at(-1)?.seq;
    }
  }
  return {
    subject,
    generatedAt: now.toISOString(),
    legalBasis: 'Art. 15 DSGVO',
    documents,
    rejectedUploads: store.rejectionsOwnedBy(subject),
    chats,
    tokens: stores.tokens.list(subject),
    audit: { pseudonym, records: auditRecords },
  };
}

export interface ErasureReport {
  subject: string;
  documents: number;
  rejectedUploads: number;
  chats: number;
  tokens: number;
  /** The pseudonym mapping was deleted: audit records stay (the chain verifies) but no longer point to the person. */
  auditPseudonymErased: boolean;
  auditContents: number;
}

/**
 * Art. 17 DSGVO: deletes the user's uploads (database, lexical and vector index), rejected uploads,
 * chats and tokens, and erases the audit pseudonym mapping so the chain stays verifiable but
 * unlinkable to the person.
 */
export async function eraseSubjectData(stores: DataSubjectStores, subject: string): Promise<ErasureReport> {
  const store = stores.library.store;
  let documents = 0;
  for (const document of store.ownedBy(subject)) if (await stores.library.delete(document)) documents += 1;
  const rejectedUploads = store.deleteRejectionsOwnedBy(subject);
  const chats = stores.chats.deleteAll(subject);
  const tokens = stores.tokens.deleteAllOf(subject);
  const audit = eraseAuditSubject(stores.audit, subject);
  return { subject, documents, rejectedUploads, chats, tokens, auditPseudonymErased: audit.erased, auditContents: audit.contents };
}
