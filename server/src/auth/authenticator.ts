import type { Actor } from './actor';
import type { OidcVerifier } from './oidc-verifier';
import { matchesSecret, type TokenStore } from './token-store';

/** Three dot-separated base64url parts: a JWT. Personal API tokens (`llm_…`) never contain a dot. */
const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * Resolves an `Authorization` header to an actor: the configured admin token, an OIDC access
 * token (when OIDC is configured), or a personal API token. Null when the header holds no
 * known token; OIDC tokens that fail verification throw a problem that says why.
 */
export class Authenticator {
  constructor(
    private readonly tokens: TokenStore,
    private readonly adminToken: string | null,
    private readonly oidc: OidcVerifier | null = null,
  ) {}

  async authenticate(authorizationHeader: string | undefined): Promise<Actor | null> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorizationHeader ?? '');
    const token = match?.[1];
    if (!token) return null;
    if (this.adminToken && matchesSecret(token, this.adminToken)) return { subject: 'admin', role: 'admin', via: 'admin-token' };
    if (this.oidc && JWT_SHAPE.test(token)) return this.oidc.verify(token);
    return this.tokens.authenticate(token);
  }
}
