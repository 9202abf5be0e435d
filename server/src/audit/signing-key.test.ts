import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AuditKeyError, loadSigningKey, readPublicKey } from './signing-key';

describe('loadSigningKey', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-audit-key-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('creates an Ed25519 key readable only by the owner, then reuses it', () => {
    const file = path.join(directory, 'data', 'audit-signing-key.pem');
    const created = loadSigningKey(file, { create: true });
    expect(created.created).toBe(true);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const again = loadSigningKey(file, { create: true });
    expect(again).toMatchObject({ created: false, warning: null });
    expect(again.signer.keyId).toBe(created.signer.keyId);
    const payload = Buffer.from('checkpoint');
    expect(created.signer.publicKey.verify(payload, again.signer.sign(payload))).toBe(true);
    expect(created.signer.publicKey.verify(Buffer.from('other'), again.signer.sign(payload))).toBe(false);
  });

  it('never creates a configured key file that is missing', () => {
    expect(() => loadSigningKey(path.join(directory, 'missing.pem'), { create: false })).toThrow(AuditKeyError);
    expect(fs.existsSync(path.join(directory, 'missing.pem'))).toBe(false);
  });

  it('warns when the key file is readable by others', () => {
    const file = path.join(directory, 'key.pem');
    loadSigningKey(file, { create: true });
    fs.chmodSync(file, 0o644);
    expect(loadSigningKey(file, { create: false }).warning).toMatch(/readable by group or others/);
  });

  it('exports a public key auditors can load back with the same key id', () => {
    const file = path.join(directory, 'key.pem');
    const { signer } = loadSigningKey(file, { create: true });
    const exported = path.join(directory, 'public.pem');
    fs.writeFileSync(exported, signer.publicKey.pem);
    expect(signer.publicKey.pem).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(readPublicKey(exported).keyId).toBe(signer.keyId);
    expect(readPublicKey(file).keyId).toBe(signer.keyId);
  });
});
