import type { FunctionComponent } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Api } from './api/client';
import type { Health, Me } from './api/types';
import { AccessPage } from './pages/access-page';
import { AuditPage } from './pages/audit-page';
import { ChatPage } from './pages/chat-page';
import { DocumentsPage } from './pages/documents-page';
import { DraftPage } from './pages/draft-page';
import { LoginPage } from './pages/login-page';
import { ResearchPage } from './pages/research-page';
import { SimplifyPage } from './pages/simplify-page';
import { SummarizePage } from './pages/summarize-page';
import { appBase, SessionContext, tokenStorage, type Session } from './session';

interface Route {
  path: string;
  label: string;
  title: string;
  page: FunctionComponent;
  /** Roles that see the route; absent: every signed-in user. The service enforces the same on its API. */
  roles?: readonly string[];
}

export const ROUTES: Route[] = [
  { path: 'recherche', label: 'Recherche', title: 'Recherche im Bestand', page: ResearchPage },
  { path: 'zusammenfassen', label: 'Zusammenfassen', title: 'Zusammenfassen', page: SummarizePage },
  { path: 'entwerfen', label: 'Entwerfen', title: 'Schreiben entwerfen', page: DraftPage },
  { path: 'vereinfachen', label: 'Vereinfachen', title: 'Text vereinfachen', page: SimplifyPage },
  { path: 'chat', label: 'Chat', title: 'Chat', page: ChatPage },
  { path: 'dokumente', label: 'Dokumente', title: 'Dokumente', page: DocumentsPage },
  { path: 'zugang', label: 'Zugang', title: 'Zugang und Tokens', page: AccessPage },
  { path: 'pruefprotokoll', label: 'Prüfprotokoll', title: 'Prüfprotokoll', page: AuditPage, roles: ['auditor', 'admin'] },
];

/** Hash routes (#/recherche) need no server-side fallback; other hashes (#main) are not routes. */
function routeFromHash(current: string): string {
  const match = /^#\/([a-z]+)$/.exec(window.location.hash);
  if (match?.[1] && ROUTES.some((route) => route.path === match[1])) return match[1];
  return current;
}

function HealthBadge({ health }: { health: Health | null }) {
  if (!health) return null;
  const generation = health.models.generation;
  const text = generation.loaded && generation.configured
    ? `Sprachmodell ${generation.configured} bereit`
    : 'Kein Sprachmodell: Antworten extraktiv, Entwürfe als Vorlage';
  return <p class={`health ${generation.loaded ? 'health-ok' : 'health-degraded'}`} data-testid="health-badge">{text}</p>;
}

export function App() {
  const [token, setToken] = useState<string | null>(tokenStorage.read());
  const [notice, setNotice] = useState<string | null>(null);
  const [path, setPath] = useState(() => routeFromHash('recherche'));
  const [health, setHealth] = useState<Health | null>(null);
  const [me, setMe] = useState<Me | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);

  const logout = useCallback((message: string | null) => {
    tokenStorage.clear();
    setToken(null);
    setMe(null);
    setNotice(message);
  }, []);
  const api = useMemo(() => new Api(appBase(), () => tokenStorage.read(), () => logout('Ihre Anmeldung ist abgelaufen oder wurde widerrufen. Bitte melden Sie sich erneut an.')), [logout]);
  const refreshHealth = useCallback(() => {
    fetch(`${appBase()}/health`).then((response) => response.json() as Promise<Health>).then(setHealth).catch(() => setHealth(null));
  }, []);

  useEffect(() => {
    const onHash = () => setPath((current) => routeFromHash(current));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!token) return;
    refreshHealth();
    api.json<Me>('GET', '/api/v1/me').then(setMe).catch(() => setMe(null));
  }, [token]);
  // Role-bound routes appear once /me has answered; a deep link to one waits for it.
  const routes = ROUTES.filter((candidate) => !candidate.roles || (me !== null && candidate.roles.includes(me.role)));
  const route = routes.find((candidate) => candidate.path === path) ?? (ROUTES[0] as Route);
  useEffect(() => {
    document.title = `${route.title} – LLMoin`;
    // Focus the new page's heading on navigation (not on first load), so screen readers announce it.
    if (firstRender.current) firstRender.current = false;
    else headingRef.current?.focus();
  }, [route.path, token]);

  const session: Session = useMemo(() => ({ api, health, refreshHealth }), [api, health, refreshHealth]);
  const skip = (event: Event) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  const Page = route.page;
  return (
    <>
      <a class="skip-link" href="#main" onClick={skip}>Zum Inhalt springen</a>
      <header class="app-header">
        <p class="brand">LLMoin <span class="brand-sub">Textassistent der Verwaltung</span></p>
        {token ? <HealthBadge health={health} /> : null}
        {token ? <button type="button" class="logout" onClick={() => logout('Sie haben sich abgemeldet.')}>Abmelden</button> : null}
      </header>
      {!token ? <LoginPage notice={notice} onLogin={(value) => { tokenStorage.write(value); setNotice(null); setToken(value); }} /> : (
        <SessionContext.Provider value={session}>
          <nav class="main-nav" aria-label="Hauptnavigation">
            <ul>
              {routes.map((candidate) => (
                <li key={candidate.path}>
                  <a href={`#/${candidate.path}`} aria-current={candidate.path === route.path ? 'page' : undefined}>{candidate.label}</a>
                </li>
              ))}
            </ul>
          </nav>
          <main id="main" tabIndex={-1}>
            <h1 tabIndex={-1} ref={headingRef}>{route.title}</h1>
            <Page key={route.path} />
          </main>
        </SessionContext.Provider>
      )}
      <footer class="app-footer"><p>LLMoin läuft vollständig auf Servern Ihrer Verwaltung. Ergebnisse sind Entwürfe: bitte prüfen.</p></footer>
    </>
  );
}
