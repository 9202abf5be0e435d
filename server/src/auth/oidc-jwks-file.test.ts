import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSigningKey, TestIssuer } from '../../test/oidc-issuer';
import { loadConfig } from '../config';
import { LlmoinError } from '../platform/errors';
import { loadJose } from './load-jose';
import { OidcVerifier } from './oidc-verifier';

/** Fully offline: the keys come from a file, the issuer's HTTP server is never asked. */
describe('OIDC with a local JWKS file', () => {
  let directory: string;
  let issuer: TestIssuer;
  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-jwks-'));
    issuer = await TestIssuer.start('ES256');
  });
  afterEach(async () => {
    await issuer.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  const configFor = (file: string) => {
    const oidc = loadConfig({
      LLMOIN_OIDC_ISSUER: issuer.issuer, LLMOIN_OIDC_AUDIENCE: 'llmoin', LLMOIN_OIDC_JWKS_FILE: file,
      LLMOIN_OIDC_ROLE_CLAIM: 'roles', LLMOIN_OIDC_ROLE_MAP: 'Sachbearbeitung=clerk', LLMOIN_OIDC_GROUP_CLAIM: 'department',
      LLMOIN_OIDC_SUBJECT_CLAIM: 'employee_id',
    }, directory).oidc;
    if (!oidc) throw new Error('OIDC should be configured');
    return oidc;
  };

  const writeKeys = (file: string, keys: unknown, modified: Date) => {
    fs.writeFileSync(file, JSON.stringify(keys));
    fs.utimesSync(file, modified, modified);
  };

  it('verifies with the file, maps custom claims, and re-reads the file when a new kid appears', async () => {
    const file = path.join(directory, 'jwks.json');
    writeKeys(file, issuer.jwks(), new Date('2026-01-01T00:00:00Z'));
    const verifier = await OidcVerifier.create(configFor('jwks.json'));
    const claims = { roles: 'Sachbearbeitung', department: 'Ordnungsamt', employee_id: 'P-4711' };

    await expect(verifier.verify(await issuer.sign({ claims }))).resolves.toEqual({
      subject: 'oidc:P-4711', role: 'clerk', via: 'oidc', groups: ['Ordnungsamt'],
    });

    const next = await issuer.rotate('key-2');
    const rotated = await issuer.sign({ claims, key: next });
    await expect(verifier.verify(rotated)).rejects.toMatchObject({ status: 401, extensions: { reason: 'unknown-key' } });
    writeKeys(file, issuer.jwks(), new Date('2026-01-02T00:00:00Z'));
    await expect(verifier.verify(rotated)).resolves.toMatchObject({ subject: 'oidc:P-4711' });
    expect(issuer.jwksRequests).toBe(0);
  });

  it('refuses to start with a missing file, a file that is no JWKS, or one holding private keys', async () => {
    await expect(OidcVerifier.create(configFor('missing.json'))).rejects.toThrow();
    fs.writeFileSync(path.join(directory, 'list.json'), '[1, 2]');
    await expect(OidcVerifier.create(configFor('list.json'))).rejects.toThrow(/not a JSON Web Key Set/);
    const jose = await loadJose();
    const { privateKey } = await jose.generateKeyPair('ES256', { extractable: true });
    writeKeys(path.join(directory, 'private.json'), { keys: [{ ...(await jose.exportJWK(privateKey)), kid: 'p' }] }, new Date());
    await expect(OidcVerifier.create(configFor('private.json'))).rejects.toThrow(/private or symmetric/);
  });

  it('rejects a token whose role claim names no mapped role with a 403 problem', async () => {
    const file = path.join(directory, 'jwks.json');
    writeKeys(file, { keys: [issuer.current.jwk, (await createSigningKey('ES256', 'spare')).jwk] }, new Date());
    const verifier = await OidcVerifier.create(configFor('jwks.json'));
    const error: unknown = await verifier.verify(await issuer.sign({ claims: { roles: ['Gast'], employee_id: 'P-1' } })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(LlmoinError);
    expect(error).toMatchObject({ status: 403, extensions: { reason: 'no-role' } });
  });
});
