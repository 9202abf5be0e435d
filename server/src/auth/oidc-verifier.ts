import type { JWTPayload, JWTVerifyGetKey } from 'jose' with { 'resolution-mode': 'import' };
import type { Config } from '../config';
import { LlmoinError } from '../platform/errors';
import { ROLES, type Actor, type Role } from './actor';
import { loadJose, type JoseModule } from './load-jose';
import { createKeySource, KeySourceUnavailableError } from './oidc-key-source';

type OidcConfig = NonNullable<Config['oidc']>;

/** Subjects of OIDC callers carry this prefix, so they never collide with API-token subjects. */
export const OIDC_SUBJECT_PREFIX = 'oidc:';

const MAX_SUBJECT_LENGTH = 255;
const MAX_GROUPS = 100;
const MAX_GROUP_LENGTH = 200;

/**
 * Verifies OIDC access tokens (Keycloak and other IdPs) against the configured issuer, audience,
 * algorithms and JWKS, and turns their claims into an actor. Every failure is a problem: 401 for
 * a token that is not valid here, 403 for a valid token without an LLMoin role, 503 when the
 * IdP's keys cannot be loaded.
 */
export class OidcVerifier {
  private constructor(
    private readonly jose: JoseModule,
    private readonly config: OidcConfig,
    private readonly keys: JWTVerifyGetKey,
  ) {}

  static async create(config: OidcConfig): Promise<OidcVerifier> {
    const jose = await loadJose();
    return new OidcVerifier(jose, config, await createKeySource(jose, config));
  }

  async verify(token: string): Promise<Actor> {
    let payload: JWTPayload;
    try {
      ({ payload } = await this.jose.jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.algorithms,
        clockTolerance: this.config.clockToleranceSeconds,
        // A token without an expiry would be valid forever.
        requiredClaims: ['exp'],
      }));
    } catch (error) {
      throw toProblem(error);
    }
    return this.toActor(payload);
  }

  private toActor(payload: JWTPayload): Actor {
    const subject = claimAt(payload, this.config.subjectClaim);
    if (typeof subject !== 'string' || !subject || subject.length > MAX_SUBJECT_LENGTH) {
      throw invalidToken('missing-subject', `The token has no usable "${this.config.subjectClaim}" claim.`);
    }
    const mapped = strings(claimAt(payload, this.config.roleClaim))
      .map((name) => this.config.roleMap.get(name))
      .filter((role): role is Role => role !== undefined);
    if (!mapped.length) {
      throw new LlmoinError('forbidden', 'The token carries none of the roles that LLMOIN_OIDC_ROLE_MAP grants access to.', { reason: 'no-role' });
    }
    // Highest role wins, in the order of ROLES (clerk < auditor < admin).
    const role = mapped.reduce((best, next) => (ROLES.indexOf(next) > ROLES.indexOf(best) ? next : best));
    const groups = [...new Set(strings(claimAt(payload, this.config.groupClaim)).filter((group) => group.length <= MAX_GROUP_LENGTH))].slice(0, MAX_GROUPS);
    return { subject: `${OIDC_SUBJECT_PREFIX}${subject}`, role, via: 'oidc', groups };
  }
}

/** A claim by name, or by dotted path into nested objects (`realm_access.roles`); own properties only. */
export function claimAt(payload: Record<string, unknown>, path: string): unknown {
  if (Object.hasOwn(payload, path)) return payload[path];
  let value: unknown = payload;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item.length > 0) : [];
}

const invalidToken = (reason: string, detail: string) => new LlmoinError('unauthenticated', detail, { reason });

/** jose's error codes → problems; the reason tells a client what to fix without exposing keys or claims. */
function toProblem(error: unknown): unknown {
  if (error instanceof KeySourceUnavailableError) {
    return new LlmoinError('service-unavailable', "The identity provider's signing keys are unavailable; try again later.", { reason: 'jwks-unavailable' }, { cause: error });
  }
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const claim = typeof error === 'object' && error !== null && 'claim' in error ? String(error.claim) : '';
  switch (code) {
    case 'ERR_JWT_EXPIRED':
      return invalidToken('token-expired', 'The token has expired.');
    case 'ERR_JWT_CLAIM_VALIDATION_FAILED':
      if (claim === 'nbf') return invalidToken('token-not-yet-valid', 'The token is not valid yet.');
      if (claim === 'aud') return invalidToken('wrong-audience', 'The token was not issued for this service (audience).');
      if (claim === 'iss') return invalidToken('wrong-issuer', 'The token comes from an issuer this service does not trust.');
      return invalidToken('invalid-claims', `The token's "${claim || 'claims'}" claim is missing or invalid.`);
    case 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED':
      return invalidToken('invalid-signature', 'The token signature does not verify.');
    case 'ERR_JOSE_ALG_NOT_ALLOWED':
      return invalidToken('algorithm-not-allowed', 'The token is signed with an algorithm this service does not accept.');
    case 'ERR_JWKS_NO_MATCHING_KEY':
    case 'ERR_JWKS_MULTIPLE_MATCHING_KEYS':
      return invalidToken('unknown-key', 'The token is signed with a key the identity provider does not publish.');
    case 'ERR_JWS_INVALID':
    case 'ERR_JWT_INVALID':
    case 'ERR_JOSE_NOT_SUPPORTED':
      return invalidToken('malformed-token', 'The token is not a well-formed signed JWT.');
    default:
      return error;
  }
}
