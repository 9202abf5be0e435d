import { useState } from 'preact/hooks';
import type { ChatSummary } from '../api/types';
import { ErrorMessage } from '../components/run-controls';
import { useSession } from '../session';

/**
 * Rename and delete for one chat, or "delete all" when `chat` is null. Deleting asks inline
 * (no window.confirm: it is modal and unavailable in Office task panes).
 */
export function ChatActions({ chat, onChanged }: { chat: ChatSummary | null; onChanged: (renamed: boolean) => Promise<void> }) {
  const { api } = useSession();
  const [renaming, setRenaming] = useState(false);
  const [title, setTitle] = useState(chat?.title ?? '');
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const act = async (task: () => Promise<unknown>, renamed: boolean) => {
    try {
      await task();
      setError(null);
      setRenaming(false);
      setConfirming(false);
      await onChanged(renamed);
    } catch (caught) {
      setError(caught);
    }
  };
  const what = chat ? 'diesen Chat' : 'alle Chats';
  return (
    <div class="chat-actions">
      {chat && renaming ? (
        <form onSubmit={(event) => { event.preventDefault(); void act(() => api.json('PATCH', `/api/v1/chats/${chat.id}`, { title }), true); }}>
          <label for="chat-rename">Neuer Titel</label>
          <input id="chat-rename" type="text" required maxLength={200} value={title} onInput={(event) => setTitle(event.currentTarget.value)} />
          <div class="buttons">
            <button type="submit">Speichern</button>
            <button type="button" onClick={() => setRenaming(false)}>Abbrechen</button>
          </div>
        </form>
      ) : null}
      {confirming ? (
        <div role="group" aria-label="Löschen bestätigen" class="confirm">
          <p>Wirklich {what} löschen? Das lässt sich nicht rückgängig machen.</p>
          <button type="button" class="danger" onClick={() => void act(() => api.json('DELETE', chat ? `/api/v1/chats/${chat.id}` : '/api/v1/chats'), false)}>Ja, löschen</button>
          <button type="button" onClick={() => setConfirming(false)}>Nein</button>
        </div>
      ) : null}
      {!renaming && !confirming ? (
        <div class="buttons">
          {chat ? <button type="button" onClick={() => { setTitle(chat.title); setRenaming(true); }}>Umbenennen</button> : null}
          <button type="button" onClick={() => setConfirming(true)}>{chat ? 'Chat löschen' : 'Alle Chats löschen'}</button>
        </div>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
