import type { Config } from '../config';
import type { Logger } from '../platform/logger';
import { Authenticator } from './authenticator';
import { OidcVerifier } from './oidc-verifier';
import type { TokenStore } from './token-store';

/** The authenticator for a configuration: OIDC on when LLMOIN_OIDC_ISSUER is set (a broken JWKS file stops the start). */
export async function createAuthenticator(config: Config, tokens: TokenStore, logger: Logger): Promise<Authenticator> {
  const oidc = config.oidc ? await OidcVerifier.create(config.oidc) : null;
  if (config.oidc) {
    logger.info({ issuer: config.oidc.issuer, jwks: 'file' in config.oidc.jwks ? 'file' : 'url' }, 'OIDC bearer tokens accepted');
  }
  return new Authenticator(tokens, config.adminToken, oidc);
}
