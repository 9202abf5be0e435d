import path from 'node:path';
import { ROLES } from '../auth';
import { ConfigurationError, loadConfig } from './index';

const problemsOf = (environment: Record<string, string>): string[] => {
  try {
    loadConfig(environment, '/srv/llmoin');
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
};

const OIDC = {
  LLMOIN_OIDC_ISSUER: 'https://idp.musterhaven.de/realms/verwaltung',
  LLMOIN_OIDC_AUDIENCE: 'llmoin',
  LLMOIN_OIDC_JWKS_URL: 'https://idp.musterhaven.de/realms/verwaltung/protocol/openid-connect/certs',
};

describe('OIDC and token configuration', () => {
  it('leaves OIDC off without an issuer and defaults the token lifetime to 365 days', () => {
    const config = loadConfig({}, '/srv/llmoin');
    expect(config.oidc).toBeNull();
    expect(config.tokenMaxDays).toBe(365);
    expect(loadConfig({ LLMOIN_TOKEN_MAX_DAYS: '30' }, '/srv/llmoin').tokenMaxDays).toBe(30);
  });

  it('resolves a Keycloak setup with its documented defaults', () => {
    const oidc = loadConfig({ ...OIDC, LLMOIN_OIDC_AUDIENCE: 'llmoin, llmoin-addin' }, '/srv/llmoin').oidc;
    expect(oidc).toMatchObject({
      issuer: OIDC.LLMOIN_OIDC_ISSUER,
      audience: ['llmoin', 'llmoin-addin'],
      jwks: { url: OIDC.LLMOIN_OIDC_JWKS_URL },
      roleClaim: 'realm_access.roles',
      groupClaim: 'groups',
      subjectClaim: 'sub',
      clockToleranceSeconds: 30,
      algorithms: ['RS256', 'ES256', 'EdDSA'],
      jwksCacheSeconds: 600,
      jwksCooldownSeconds: 30,
    });
    expect([...(oidc?.roleMap ?? [])]).toEqual([['llmoin-clerk', 'clerk'], ['llmoin-auditor', 'auditor'], ['llmoin-admin', 'admin']]);
  });

  it('parses a role map and resolves a JWKS file against the working directory', () => {
    const oidc = loadConfig({
      LLMOIN_OIDC_ISSUER: OIDC.LLMOIN_OIDC_ISSUER, LLMOIN_OIDC_AUDIENCE: 'llmoin', LLMOIN_OIDC_JWKS_FILE: 'keys/jwks.json',
      LLMOIN_OIDC_ROLE_MAP: 'sachbearbeitung = clerk, revision=auditor,it-admin=admin',
    }, '/srv/llmoin').oidc;
    expect(oidc?.jwks).toEqual({ file: path.resolve('/srv/llmoin', 'keys/jwks.json') });
    expect(oidc?.roleMap.get('sachbearbeitung')).toBe('clerk');
    expect(oidc?.roleMap.get('revision')).toBe('auditor');
    expect(oidc?.roleMap.get('it-admin')).toBe('admin');
    // A plain object would answer here from its prototype.
    expect(oidc?.roleMap.get('constructor')).toBeUndefined();
  });

  it('refuses incomplete or contradictory OIDC settings, naming each problem', () => {
    expect(problemsOf({ LLMOIN_OIDC_ISSUER: OIDC.LLMOIN_OIDC_ISSUER })).toEqual([
      'LLMOIN_OIDC_AUDIENCE: required when LLMOIN_OIDC_ISSUER is set',
      'LLMOIN_OIDC_JWKS_URL: set exactly one of LLMOIN_OIDC_JWKS_URL and LLMOIN_OIDC_JWKS_FILE',
    ]);
    expect(problemsOf({ ...OIDC, LLMOIN_OIDC_JWKS_FILE: 'jwks.json' })).toEqual([
      'LLMOIN_OIDC_JWKS_URL: set exactly one of LLMOIN_OIDC_JWKS_URL and LLMOIN_OIDC_JWKS_FILE',
    ]);
    expect(problemsOf({ LLMOIN_OIDC_JWKS_URL: OIDC.LLMOIN_OIDC_JWKS_URL })).toEqual([
      'LLMOIN_OIDC_ISSUER: required when LLMOIN_OIDC_AUDIENCE or a JWKS source is set',
    ]);
  });

  it('refuses symmetric and unsigned algorithms, bad role maps and plain-http JWKS beyond loopback', () => {
    expect(problemsOf({ ...OIDC, LLMOIN_OIDC_ALGORITHMS: 'RS256,HS256' })[0]).toMatch(/^LLMOIN_OIDC_ALGORITHMS(\.1)?: allowed: .*never none or HS/);
    expect(problemsOf({ ...OIDC, LLMOIN_OIDC_ALGORITHMS: 'none' })[0]).toMatch(/^LLMOIN_OIDC_ALGORITHMS/);
    expect(problemsOf({ ...OIDC, LLMOIN_OIDC_ROLE_MAP: 'llmoin-clerk=superuser' })).toEqual([
      'LLMOIN_OIDC_ROLE_MAP: "llmoin-clerk=superuser" is not <idp-role>=clerk|auditor|admin',
    ]);
    expect(problemsOf({ ...OIDC, LLMOIN_OIDC_JWKS_URL: 'http://idp.musterhaven.de/certs' })).toEqual([
      'LLMOIN_OIDC_JWKS_URL: must be an https URL (plain http only on loopback)',
    ]);
    expect(problemsOf({ ...OIDC, LLMOIN_OIDC_JWKS_URL: 'http://127.0.0.1:8080/certs' })).toEqual([]);
    expect(problemsOf({ LLMOIN_TOKEN_MAX_DAYS: '0' })[0]).toMatch(/^LLMOIN_TOKEN_MAX_DAYS/);
  });

  it('names the same roles as auth', () => {
    const oidc = loadConfig({ ...OIDC, LLMOIN_OIDC_ROLE_MAP: ROLES.map((role) => `${role}=${role}`).join(',') }, '/').oidc;
    expect([...(oidc?.roleMap.values() ?? [])]).toEqual([...ROLES]);
  });
});
