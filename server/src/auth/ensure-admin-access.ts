import type { Config } from '../config';
import type { Logger } from '../platform/logger';
import type { TokenStore } from './token-store';

/**
 * First start: with no LLMOIN_ADMIN_TOKEN and no token at all, create one admin token and hand
 * it to the operator once (it is stored only as a hash). Returns the token when one was made.
 */
export function ensureAdminAccess(config: Config, tokens: TokenStore, logger: Logger): string | null {
  if (config.adminToken) {
    logger.warn('LLMOIN_ADMIN_TOKEN is set: it is accepted as an admin API token; prefer personal tokens in production');
    return null;
  }
  if (tokens.count() > 0) return null;
  const { token, record } = tokens.create({ subject: 'admin', role: 'admin', name: 'initial admin token', expiresAt: null });
  logger.warn({ tokenId: record.id }, 'created the initial admin token; it is printed once on stdout');
  return token;
}
