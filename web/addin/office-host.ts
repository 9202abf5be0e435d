/**
 * The small part of Office.js the task pane uses, typed by hand (no @types/office-js in the
 * project). Everything Office-specific goes through OfficeHost, so the pane's logic does not
 * care whether it runs in Word or Outlook.
 */
interface AsyncResult<T> {
  status: string;
  value: T;
  error?: { message: string };
}

type Callback<T> = (result: AsyncResult<T>) => void;

interface OfficeApi {
  onReady(): Promise<{ host: string | null; platform: string | null }>;
  HostType: { Word: string; Outlook: string };
  CoercionType: { Text: string; Html: string };
  AsyncResultStatus: { Succeeded: string; Failed: string };
  context: {
    document?: {
      getSelectedDataAsync(coercionType: string, callback: Callback<string>): void;
      setSelectedDataAsync(data: string, options: { coercionType: string }, callback: Callback<void>): void;
    };
    mailbox?: {
      item?: {
        subject?: string;
        body: { getAsync(coercionType: string, callback: Callback<string>): void };
        displayReplyForm(formData: string | { htmlBody: string }): void;
      };
    };
  };
}

interface RuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

declare global {
  var Office: OfficeApi | undefined;
  var OfficeRuntime: { storage?: RuntimeStorage } | undefined;
}

export type HostKind = 'word' | 'outlook' | 'none';

export interface OfficeHost {
  kind: HostKind;
  /** Word: the selection; Outlook: the body of the open mail (plain text). */
  readSource(): Promise<string>;
  /** Outlook: subject of the open mail, for "AW: …". */
  subject(): string | null;
  /** Word: replace the selection (insert at the cursor); Outlook: open a reply with the text. */
  insert(text: string): Promise<void>;
}

function promisify<T>(start: (callback: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === globalThis.Office?.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Office-Aufruf fehlgeschlagen.'));
    });
  });
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Plain text as reply HTML: escaped, paragraphs and line breaks kept. */
export function textToHtml(text: string): string {
  return text.split(/\n{2,}/).map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\n/g, '<br>')}</p>`).join('');
}

/** Waits for Office.js; outside Office (opened in a plain browser) the pane still works with pasted text. */
export async function connectOffice(): Promise<OfficeHost> {
  const office = globalThis.Office;
  if (!office) return { kind: 'none', readSource: async () => '', subject: () => null, insert: async () => { throw new Error('Nicht in Word oder Outlook geöffnet.'); } };
  const info = await office.onReady();
  if (info.host === office.HostType.Outlook) {
    return {
      kind: 'outlook',
      readSource: () => {
        const item = office.context.mailbox?.item;
        if (!item) return Promise.reject(new Error('Keine E-Mail geöffnet.'));
        return promisify<string>((callback) => item.body.getAsync(office.CoercionType.Text, callback));
      },
      subject: () => office.context.mailbox?.item?.subject ?? null,
      insert: async (text) => {
        const item = office.context.mailbox?.item;
        if (!item) throw new Error('Keine E-Mail geöffnet.');
        item.displayReplyForm({ htmlBody: textToHtml(text) });
      },
    };
  }
  const document = office.context.document;
  return {
    kind: document ? 'word' : 'none',
    readSource: () => document ? promisify<string>((callback) => document.getSelectedDataAsync(office.CoercionType.Text, callback)) : Promise.resolve(''),
    subject: () => null,
    insert: (text) => document
      ? promisify<void>((callback) => document.setSelectedDataAsync(text, { coercionType: office.CoercionType.Text }, callback))
      : Promise.reject(new Error('Kein Dokument geöffnet.')),
  };
}

const TOKEN_KEY = 'llmoin.addin.token';

/** The personal API token in Office's runtime storage where available, else the pane's localStorage. */
export const addinTokenStorage = {
  async read(): Promise<string | null> {
    const storage = globalThis.OfficeRuntime?.storage;
    return storage ? storage.getItem(TOKEN_KEY) : localStorage.getItem(TOKEN_KEY);
  },
  async write(token: string): Promise<void> {
    const storage = globalThis.OfficeRuntime?.storage;
    if (storage) await storage.setItem(TOKEN_KEY, token);
    else localStorage.setItem(TOKEN_KEY, token);
  },
  async clear(): Promise<void> {
    const storage = globalThis.OfficeRuntime?.storage;
    if (storage) await storage.removeItem(TOKEN_KEY);
    else localStorage.removeItem(TOKEN_KEY);
  },
};
