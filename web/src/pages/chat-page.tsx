import { useEffect, useRef, useState } from 'preact/hooks';
import type { ChatMessage, ChatSummary, ChatTurnResult } from '../api/types';
import { formatDateTime } from '../components/format';
import { ErrorMessage, ModeBadge, RunButtons } from '../components/run-controls';
import { useRun, type RunStatus } from '../components/use-run';
import { useSession } from '../session';
import { ChatActions } from './chat-actions';

const CHAT_STATUS: Record<RunStatus, string> = {
  idle: '', running: 'Antwort wird erstellt …', done: 'Antwort erhalten.', cancelled: 'Abgebrochen.', error: 'Fehlgeschlagen.',
};

interface ChatDetail extends ChatSummary {
  messages: ChatMessage[];
}

/** Chat: the history (list, rename, delete) and a conversation whose answers stream in. */
export function ChatPage() {
  const { api } = useSession();
  const run = useRun<ChatTurnResult>();
  const [chats, setChats] = useState<ChatSummary[]>([]);
  const [chat, setChat] = useState<ChatDetail | null>(null);
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState('');
  const [error, setError] = useState<unknown>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const loadList = () => api.json<{ chats: ChatSummary[] }>('GET', '/api/v1/chats').then((value) => setChats(value.chats)).catch(setError);
  const open = async (id: string, focus = true) => {
    try {
      setChat(await api.json<ChatDetail>('GET', `/api/v1/chats/${id}`));
      setError(null);
      if (focus) setTimeout(() => headingRef.current?.focus(), 0);
    } catch (caught) {
      setError(caught);
    }
  };
  useEffect(() => { void loadList(); }, []);

  const create = async () => {
    try {
      const created = await api.json<ChatSummary>('POST', '/api/v1/chats', {});
      await loadList();
      await open(created.id);
    } catch (caught) {
      setError(caught);
    }
  };
  const send = (event: Event) => {
    event.preventDefault();
    if (!chat || run.state.status === 'running' || !message.trim()) return;
    const text = message;
    setPending(text);
    setMessage('');
    void run.start((handlers, signal) => api.stream<ChatTurnResult>(`/api/v1/chats/${chat.id}/messages`, { message: text }, handlers, signal))
      .then(async () => {
        // Reload first, then drop the placeholder, so the conversation never flashes empty.
        await open(chat.id, false);
        setPending('');
        await loadList();
      });
  };

  return (
    <div class="chat-layout">
      <nav class="chat-list card" aria-label="Chatverlauf">
        <button type="button" class="primary" onClick={() => void create()}>Neuer Chat</button>
        {chats.length === 0 ? <p>Noch keine Chats.</p> : (
          <ul>
            {chats.map((item) => (
              <li key={item.id}>
                <button type="button" class="link-button" aria-current={chat?.id === item.id ? 'true' : undefined} onClick={() => void open(item.id)}>
                  {item.title}
                </button>
                <span class="hint"> {formatDateTime(item.updatedAt)}</span>
              </li>
            ))}
          </ul>
        )}
        <ChatActions chat={null} onChanged={async () => { setChat(null); await loadList(); headingRef.current?.focus(); }} />
      </nav>
      <section class="chat-main card" aria-labelledby="chat-title">
        {error ? <ErrorMessage error={error} /> : null}
        <h2 id="chat-title" tabIndex={-1} ref={headingRef}>{chat ? chat.title : 'Kein Chat geöffnet'}</h2>
        {!chat ? <p>Wählen Sie links einen Chat oder beginnen Sie einen neuen.</p> : (
          <>
            <ChatActions key={chat.id} chat={chat} onChanged={async (renamed) => {
              if (renamed) await open(chat.id, false);
              else setChat(null);
              await loadList();
              headingRef.current?.focus();
            }} />
            <div role="log" aria-label="Nachrichten" aria-live="polite" aria-busy={run.state.status === 'running' ? 'true' : 'false'}>
              <ol class="messages">
                {chat.messages.map((item, index) => (
                  <li key={item.id ?? index} class={`message message-${item.role}`}>
                    <p class="who">{item.role === 'user' ? 'Sie' : 'LLMoin'}</p>
                    <p class="prewrap">{item.content}</p>
                    {item.role === 'assistant' && item.mode ? <ModeBadge provenance={{ mode: item.mode, model: item.model }} /> : null}
                  </li>
                ))}
                {pending ? (
                  <>
                    <li class="message message-user"><p class="who">Sie</p><p class="prewrap">{pending}</p></li>
                    <li class="message message-assistant">
                      <p class="who">LLMoin</p>
                      <p class="prewrap" data-testid="chat-streaming">{run.state.text || 'Antwort wird erstellt …'}</p>
                      {run.state.started ? <ModeBadge provenance={run.state.started} /> : null}
                    </li>
                  </>
                ) : null}
              </ol>
            </div>
            <p role="status" class="run-status">{CHAT_STATUS[run.state.status]}</p>
            {run.state.status === 'error' ? <ErrorMessage error={run.state.error} errorRef={run.errorRef} /> : null}
            <form onSubmit={send}>
              <label for="chat-message">Ihre Nachricht</label>
              <textarea id="chat-message" rows={3} required value={message} onInput={(event) => setMessage(event.currentTarget.value)}
                ref={(element) => { run.headingRef.current = element; }} />
              <RunButtons run={run} label="Senden" />
            </form>
          </>
        )}
      </section>
    </div>
  );
}
