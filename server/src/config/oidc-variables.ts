import { z } from 'zod';

/** Same names as auth's ROLES; config/ imports no capability. */
const ROLE_NAMES = ['clerk', 'auditor', 'admin'] as const;

/** Asymmetric JWS algorithms only: `none` and HMAC (HS*) would let a public key act as a shared secret. */
export const OIDC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'] as const;
export type OidcAlgorithm = (typeof OIDC_ALGORITHMS)[number];

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

const splitList = (value: string) => value.split(',').map((item) => item.trim()).filter(Boolean);

const commaList = z.string().transform(splitList).pipe(z.array(z.string()).min(1, 'must name at least one value'));

/** Keys could be fetched from an attacker over plain http; allow it only on loopback (a sidecar, tests). */
const jwksUrl = z.url().refine((value) => {
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOST.test(url.hostname));
}, 'must be an https URL (plain http only on loopback)');

const roleMap = z.string().transform((value, context) => {
  const map = new Map<string, (typeof ROLE_NAMES)[number]>();
  for (const entry of splitList(value)) {
    const match = /^(.+?)\s*=\s*(clerk|auditor|admin)$/.exec(entry);
    if (!match?.[1] || !match[2]) {
      context.addIssue({ code: 'custom', message: `"${entry}" is not <idp-role>=${ROLE_NAMES.join('|')}` });
      return z.NEVER;
    }
    map.set(match[1], match[2] as (typeof ROLE_NAMES)[number]);
  }
  if (map.size === 0) context.addIssue({ code: 'custom', message: 'must map at least one IdP role' });
  return map;
});

const algorithmList = z
  .string()
  .transform(splitList)
  .pipe(z.array(z.enum(OIDC_ALGORITHMS, { message: `allowed: ${OIDC_ALGORITHMS.join(', ')} (never none or HS*)` })).min(1));

/** The LLMOIN_OIDC_* variables, spread into the environment schema (documented in docs/AUTHENTICATION.md). */
export const oidcVariables = {
  LLMOIN_OIDC_ISSUER: z.string().min(1).optional(),
  LLMOIN_OIDC_AUDIENCE: commaList.optional(),
  LLMOIN_OIDC_JWKS_URL: jwksUrl.optional(),
  LLMOIN_OIDC_JWKS_FILE: z.string().min(1).optional(),
  LLMOIN_OIDC_ROLE_CLAIM: z.string().min(1).default('realm_access.roles'),
  LLMOIN_OIDC_ROLE_MAP: z.string().default('llmoin-clerk=clerk,llmoin-auditor=auditor,llmoin-admin=admin').pipe(roleMap),
  LLMOIN_OIDC_GROUP_CLAIM: z.string().min(1).default('groups'),
  LLMOIN_OIDC_SUBJECT_CLAIM: z.string().min(1).default('sub'),
  LLMOIN_OIDC_CLOCK_TOLERANCE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  LLMOIN_OIDC_ALGORITHMS: z.string().default('RS256,ES256,EdDSA').pipe(algorithmList),
  LLMOIN_OIDC_JWKS_CACHE_SECONDS: z.coerce.number().int().positive().default(600),
  LLMOIN_OIDC_JWKS_COOLDOWN_SECONDS: z.coerce.number().int().min(0).default(30),
};

const oidcSchema = z.object(oidcVariables);
type OidcEnvironment = z.infer<typeof oidcSchema>;

/** Cross-variable rules: OIDC is on when the issuer is set, and then needs an audience and exactly one key source. */
export function checkOidcVariables(environment: OidcEnvironment, context: z.RefinementCtx): void {
  const problem = (variable: keyof OidcEnvironment, message: string) => context.addIssue({ code: 'custom', path: [variable], message });
  const hasUrl = environment.LLMOIN_OIDC_JWKS_URL !== undefined;
  const hasFile = environment.LLMOIN_OIDC_JWKS_FILE !== undefined;
  if (environment.LLMOIN_OIDC_ISSUER === undefined) {
    if (environment.LLMOIN_OIDC_AUDIENCE !== undefined || hasUrl || hasFile) {
      problem('LLMOIN_OIDC_ISSUER', 'required when LLMOIN_OIDC_AUDIENCE or a JWKS source is set');
    }
    return;
  }
  if (environment.LLMOIN_OIDC_AUDIENCE === undefined) problem('LLMOIN_OIDC_AUDIENCE', 'required when LLMOIN_OIDC_ISSUER is set');
  if (hasUrl === hasFile) problem('LLMOIN_OIDC_JWKS_URL', 'set exactly one of LLMOIN_OIDC_JWKS_URL and LLMOIN_OIDC_JWKS_FILE');
}

/** Resolved OIDC settings; see docs/AUTHENTICATION.md. */
export interface OidcConfig {
  issuer: string;
  audience: string[];
  jwks: { url: string } | { file: string };
  /** Dotted path to the roles in the token, e.g. `realm_access.roles`. */
  roleClaim: string;
  /** IdP role name → LLMoin role; the highest mapped role wins. */
  roleMap: ReadonlyMap<string, (typeof ROLE_NAMES)[number]>;
  groupClaim: string;
  subjectClaim: string;
  clockToleranceSeconds: number;
  algorithms: OidcAlgorithm[];
  jwksCacheSeconds: number;
  /** A token with an unknown key id triggers a JWKS refetch at most this often. */
  jwksCooldownSeconds: number;
}

export function toOidcConfig(environment: OidcEnvironment, resolve: (value: string) => string): OidcConfig | null {
  const issuer = environment.LLMOIN_OIDC_ISSUER;
  if (issuer === undefined) return null;
  const file = environment.LLMOIN_OIDC_JWKS_FILE;
  return {
    issuer,
    audience: environment.LLMOIN_OIDC_AUDIENCE ?? [],
    jwks: file === undefined ? { url: environment.LLMOIN_OIDC_JWKS_URL ?? '' } : { file: resolve(file) },
    roleClaim: environment.LLMOIN_OIDC_ROLE_CLAIM,
    roleMap: environment.LLMOIN_OIDC_ROLE_MAP,
    groupClaim: environment.LLMOIN_OIDC_GROUP_CLAIM,
    subjectClaim: environment.LLMOIN_OIDC_SUBJECT_CLAIM,
    clockToleranceSeconds: environment.LLMOIN_OIDC_CLOCK_TOLERANCE_SECONDS,
    algorithms: environment.LLMOIN_OIDC_ALGORITHMS,
    jwksCacheSeconds: environment.LLMOIN_OIDC_JWKS_CACHE_SECONDS,
    jwksCooldownSeconds: environment.LLMOIN_OIDC_JWKS_COOLDOWN_SECONDS,
  };
}
