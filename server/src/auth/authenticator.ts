import type { Actor } from './actor';
import { matchesSecret, type TokenStore } from './token-store';

/** Resolves an `Authorization` header to an actor: the configured admin token, or a personal API token. */
export class Authenticator {
  constructor(
    private readonly tokens: TokenStore,
    private readonly adminToken: string | null,
  ) {}

  authenticate(authorizationHeader: string | undefined): Actor | null {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '');
    const token = match?.[1];
    if (!token) return null;
    if (this.adminToken && matchesSecret(token, this.adminToken)) return { subject: 'admin', role: 'admin', via: 'admin-token' };
    return this.tokens.authenticate(token);
  }
}
