import { useEffect, useState } from 'preact/hooks';
import type { TokenRecord } from '../api/types';
import { CopyButton } from '../components/copy-button';
import { formatDateTime } from '../components/format';
import { ErrorMessage } from '../components/run-controls';
import { useSession } from '../session';

/** Zugang: personal API tokens, e.g. for the Word/Outlook add-in; a new token is shown once. */
export function AccessPage() {
  const { api } = useSession();
  const [tokens, setTokens] = useState<TokenRecord[]>([]);
  const [name, setName] = useState('Office-Add-in');
  const [days, setDays] = useState(90);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = () => api.json<{ tokens: TokenRecord[] }>('GET', '/api/v1/tokens').then((value) => setTokens(value.tokens)).catch(setError);
  useEffect(() => { void load(); }, []);

  const create = async (event: Event) => {
    event.preventDefault();
    try {
      const result = await api.json<{ token: string }>('POST', '/api/v1/tokens', { name, expiresInDays: days });
      setCreated(result.token);
      setError(null);
      await load();
    } catch (caught) {
      setError(caught);
    }
  };
  const revoke = async (id: string) => {
    try {
      await api.json('DELETE', `/api/v1/tokens/${id}`);
      await load();
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <div class="page-body">
      <form class="card" onSubmit={create}>
        <h2>Persönliches Token erstellen</h2>
        <p>Das Word- und Outlook-Add-in meldet sich mit einem persönlichen Token an.</p>
        <label for="token-name">Bezeichnung</label>
        <input id="token-name" type="text" required maxLength={100} value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <label for="token-days">Gültigkeit in Tagen</label>
        <input id="token-days" type="number" min={1} max={3650} value={days} onInput={(event) => setDays(Number(event.currentTarget.value) || 90)} />
        <div class="buttons"><button type="submit" class="primary">Token erstellen</button></div>
      </form>
      <div aria-live="polite">
        {created ? (
          <div class="card note ok">
            <p>Ihr neues Token (wird nur jetzt angezeigt):</p>
            <p><code data-testid="new-token">{created}</code></p>
            <CopyButton text={created} label="Token kopieren" />
          </div>
        ) : null}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      <section class="card" aria-labelledby="tokens-title">
        <h2 id="tokens-title">Ihre Tokens</h2>
        {tokens.length === 0 ? <p>Keine Tokens.</p> : (
          <ul>
            {tokens.map((token) => (
              <li key={token.id}>
                {token.name} ({token.subject}, {token.role}),{' '}
                {token.revokedAt ? `widerrufen am ${formatDateTime(token.revokedAt)}` : (
                  <>
                    gültig bis {token.expiresAt ? formatDateTime(token.expiresAt) : 'unbegrenzt'}{' '}
                    <button type="button" aria-label={`Widerrufen: ${token.name}`} onClick={() => void revoke(token.id)}>Widerrufen</button>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
