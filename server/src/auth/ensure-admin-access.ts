import type { Config } from '../config';
import type { Logger } from '../platform/logger';
import type { TokenStore } from './token-store';

/**
 * Admin access at start. LLMOIN_ADMIN_TOKEN is accepted as an admin API token, with a warning.
 * Without it, on an empty install (no token at all) and without OIDC, one admin token is created
 * and handed to the operator once (it is stored only as a hash and expires after
 * LLMOIN_TOKEN_MAX_DAYS). Returns the token when one was made.
 */
export function ensureAdminAccess(config: Config, tokens: TokenStore, logger: Logger): string | null {
  if (config.adminToken) {
    logger.warn('LLMOIN_ADMIN_TOKEN is set: it is accepted as an admin API token; prefer personal tokens in production');
    return null;
  }
  if (tokens.count() > 0) return null;
  if (config.oidc) {
    logger.info('no API token yet; administrators sign in through OIDC, so no initial admin token is created');
    return null;
  }
  const { token, record } = tokens.create({ subject: 'admin', role: 'admin', name: 'initial admin token', expiresAt: null });
  logger.warn({ tokenId: record.id, expiresAt: record.expiresAt }, 'created the initial admin token; it is printed once on stdout');
  return token;
}
