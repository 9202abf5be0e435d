import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Api } from './api/client';
import type { Health } from './api/types';

export interface Session {
  api: Api;
  health: Health | null;
  /** Re-reads /health (after uploads, to refresh counts and model state). */
  refreshHealth(): void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionContext');
  return session;
}

const TOKEN_KEY = 'llmoin.token';

/** The personal API token lives in sessionStorage: gone when the tab closes, never in a cookie. */
export const tokenStorage = {
  read: (): string | null => sessionStorage.getItem(TOKEN_KEY),
  write: (token: string): void => sessionStorage.setItem(TOKEN_KEY, token),
  clear: (): void => sessionStorage.removeItem(TOKEN_KEY),
};

/** The service's base URL as seen from the page, so the UI also works under a path prefix behind a proxy. */
export function appBase(): string {
  return new URL('.', window.location.href).href.replace(/\/$/, '');
}
