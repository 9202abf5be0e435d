import fs from 'node:fs';
import type { JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };
import { z } from 'zod';
import type { Config } from '../config';
import type { JoseModule } from './load-jose';

type OidcConfig = NonNullable<Config['oidc']>;

/** The signing keys could not be obtained (IdP unreachable, broken JWKS): the token may be fine, so this is no 401. */
export class KeySourceUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeySourceUnavailableError';
  }
}

/** Failures that concern the token's key choice, not the key source: these stay jose errors (401). */
const KEY_SELECTION_CODES = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'ERR_JOSE_NOT_SUPPORTED']);
const JWKS_TIMEOUT_MS = 5_000;

const jwksFileSchema = z.object({ keys: z.array(z.record(z.string(), z.unknown())).min(1, 'holds no keys') });

/**
 * Resolves the key for a token's `kid`/`alg`: a remote JWKS (cached, refetched when a token names
 * an unknown key, at most once per cooldown) or a local JWKS file (re-read when it changes).
 */
export async function createKeySource(jose: JoseModule, config: OidcConfig): Promise<JWTVerifyGetKey> {
  if ('file' in config.jwks) {
    const keys = new FileKeySet(jose, config.jwks.file);
    return guard((header, token) => keys.resolve(header, token));
  }
  const remote = jose.createRemoteJWKSet(new URL(config.jwks.url), {
    cacheMaxAge: config.jwksCacheSeconds * 1000,
    cooldownDuration: config.jwksCooldownSeconds * 1000,
    timeoutDuration: JWKS_TIMEOUT_MS,
  });
  return guard((header, token) => remote(header, token));
}

function guard(resolve: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await resolve(header, token);
    } catch (error) {
      if (typeof error === 'object' && error !== null && 'code' in error && KEY_SELECTION_CODES.has(String(error.code))) throw error;
      throw new KeySourceUnavailableError('The OIDC signing keys could not be loaded.', { cause: error });
    }
  };
}

/** A JWKS file for offline setups; an unknown `kid` re-reads the file if it changed since (key rotation). */
class FileKeySet {
  private keys: ReturnType<JoseModule['createLocalJWKSet']>;
  private modifiedMs: number;

  constructor(private readonly jose: JoseModule, private readonly file: string) {
    this.modifiedMs = fs.statSync(file).mtimeMs;
    this.keys = this.read();
  }

  async resolve(...input: Parameters<JWTVerifyGetKey>): Promise<Awaited<ReturnType<JWTVerifyGetKey>>> {
    try {
      return await this.keys(...input);
    } catch (error) {
      const unknownKey = typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_JWKS_NO_MATCHING_KEY';
      if (!unknownKey || !this.reloadIfChanged()) throw error;
      return this.keys(...input);
    }
  }

  private reloadIfChanged(): boolean {
    const modifiedMs = fs.statSync(this.file).mtimeMs;
    if (modifiedMs === this.modifiedMs) return false;
    this.keys = this.read();
    this.modifiedMs = modifiedMs;
    return true;
  }

  private read(): ReturnType<JoseModule['createLocalJWKSet']> {
    const problem = (reason: string) => new Error(`LLMOIN_OIDC_JWKS_FILE ${this.file}: ${reason}`);
    let parsed: z.infer<typeof jwksFileSchema>;
    try {
      parsed = jwksFileSchema.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch (error) {
      throw problem(error instanceof z.ZodError ? 'not a JSON Web Key Set ({"keys": [...]})' : 'cannot be read as JSON');
    }
    // Private or symmetric key material has no place in a verification key file.
    if (parsed.keys.some((key) => 'd' in key || 'k' in key)) throw problem('holds private or symmetric keys; publish only public keys');
    return this.jose.createLocalJWKSet(parsed as Parameters<JoseModule['createLocalJWKSet']>[0]);
  }
}
