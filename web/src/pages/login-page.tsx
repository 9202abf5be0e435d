import { useEffect, useRef, useState } from 'preact/hooks';
import { Api, ApiError } from '../api/client';
import { ErrorMessage } from '../components/run-controls';
import { appBase } from '../session';

/**
 * Sign-in with a personal API token (or the admin token printed at first start). The token is
 * checked against the API: only 401 means "wrong"; 403 (e.g. an auditor) is still a valid login.
 */
export function LoginPage({ onLogin, notice }: { onLogin: (token: string) => void; notice: string | null }) {
  const [token, setToken] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [checking, setChecking] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (notice) headingRef.current?.focus(); }, [notice]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setChecking(true);
    setError(null);
    const candidate = token.trim();
    try {
      await new Api(appBase(), () => candidate).json('GET', '/api/v1/tokens');
      onLogin(candidate);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 403) onLogin(candidate);
      else setError(caught);
    } finally {
      setChecking(false);
    }
  };
  return (
    <main id="main" class="login" tabIndex={-1}>
      <h1 tabIndex={-1} ref={headingRef}>Anmelden bei LLMoin</h1>
      {notice ? <p class="note warn" role="status">{notice}</p> : null}
      <form class="card" onSubmit={submit}>
        <label for="login-token">Persönliches API-Token</label>
        <input id="login-token" type="password" required autoComplete="off" spellcheck={false} value={token}
          aria-describedby="login-token-hint" onInput={(event) => setToken(event.currentTarget.value)} />
        <p id="login-token-hint" class="hint">
          Ein Token erhalten Sie von Ihrer Administration. Es bleibt nur in diesem Browser-Tab gespeichert, bis Sie sich abmelden oder den Tab schließen.
        </p>
        <div class="buttons"><button type="submit" class="primary" aria-disabled={checking ? 'true' : undefined}>Anmelden</button></div>
      </form>
      {error ? <ErrorMessage error={error} /> : null}
    </main>
  );
}
