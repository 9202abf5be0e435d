import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CryptoKey, JWK, JWTPayload } from 'jose' with { 'resolution-mode': 'import' };
import { loadJose } from '../src/auth/load-jose';

export const TEST_AUDIENCE = 'llmoin';

interface SigningKey {
  kid: string;
  alg: 'ES256' | 'RS256';
  privateKey: CryptoKey;
  jwk: JWK;
}

export interface SignOptions {
  /** Claims beyond iss/aud/iat/exp; `undefined` values remove a default claim. */
  claims?: Record<string, unknown>;
  key?: SigningKey;
  /** Header kid; defaults to the key's own. */
  kid?: string;
  issuer?: string;
  audience?: string;
  /** Seconds relative to now; null: no exp claim. */
  expiresIn?: number | null;
  notBefore?: number;
}

/**
 * A real OIDC issuer for tests: key pairs made with jose, a JWKS served over loopback HTTP, and
 * tokens signed with SignJWT. Keys can be rotated and the server stopped (IdP down).
 */
export class TestIssuer {
  jwksRequests = 0;
  private published: SigningKey[] = [];

  /** Fixed at start, so tokens can still be signed after the server stopped. */
  readonly origin: string;

  private constructor(private readonly server: http.Server, readonly current: SigningKey) {
    this.published = [current];
    this.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  static async start(alg: SigningKey['alg'] = 'ES256'): Promise<TestIssuer> {
    const key = await createSigningKey(alg, 'key-1');
    let issuer: TestIssuer | null = null;
    const server = http.createServer((request, response) => {
      if (!issuer || request.url !== '/realms/amt/protocol/openid-connect/certs') {
        response.writeHead(404).end();
        return;
      }
      issuer.jwksRequests += 1;
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(issuer.jwks()));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    issuer = new TestIssuer(server, key);
    return issuer;
  }

  get issuer(): string {
    return `${this.origin}/realms/amt`;
  }

  get jwksUrl(): string {
    return `${this.issuer}/protocol/openid-connect/certs`;
  }

  /** The service configuration for this issuer. */
  environment(extra: Record<string, string> = {}): Record<string, string> {
    return {
      LLMOIN_OIDC_ISSUER: this.issuer,
      LLMOIN_OIDC_AUDIENCE: TEST_AUDIENCE,
      LLMOIN_OIDC_JWKS_URL: this.jwksUrl,
      LLMOIN_OIDC_JWKS_COOLDOWN_SECONDS: '0',
      ...extra,
    };
  }

  jwks(): { keys: JWK[] } {
    return { keys: this.published.map((key) => key.jwk) };
  }

  /** Publishes only a new key from now on; returns it. */
  async rotate(kid: string): Promise<SigningKey> {
    const key = await createSigningKey(this.published[0]?.alg ?? 'ES256', kid);
    this.published = [key];
    return key;
  }

  async sign(options: SignOptions = {}): Promise<string> {
    const jose = await loadJose();
    const key = options.key ?? this.published[0] ?? this.current;
    const now = Math.floor(Date.now() / 1000);
    const claims: JWTPayload = {
      iss: options.issuer ?? this.issuer,
      aud: options.audience ?? TEST_AUDIENCE,
      iat: now,
      ...(options.expiresIn === null ? {} : { exp: now + (options.expiresIn ?? 300) }),
      ...(options.notBefore === undefined ? {} : { nbf: now + options.notBefore }),
      sub: 'c0ffee00-0000-4000-8000-000000000001',
      realm_access: { roles: ['offline_access', 'llmoin-clerk'] },
      groups: ['/Bauamt'],
    };
    for (const [name, value] of Object.entries(options.claims ?? {})) {
      if (value === undefined) delete claims[name];
      else claims[name] = value;
    }
    return new jose.SignJWT(claims).setProtectedHeader({ alg: key.alg, kid: options.kid ?? key.kid, typ: 'JWT' }).sign(key.privateKey);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

export async function createSigningKey(alg: SigningKey['alg'], kid: string): Promise<SigningKey> {
  const jose = await loadJose();
  const { privateKey, publicKey } = await jose.generateKeyPair(alg, { extractable: true });
  const jwk = { ...(await jose.exportJWK(publicKey)), kid, alg, use: 'sig' };
  return { kid, alg, privateKey, jwk };
}
