import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** A missing or unusable signing key: stops the start and the CLI with a clear message. */
export class AuditKeyError extends Error {
  override readonly name = 'AuditKeyError';
}

/** A public key that checks checkpoint and head signatures; `keyId` names it in every signature. */
export interface AuditPublicKey {
  keyId: string;
  pem: string;
  verify(payload: Buffer, signature: string): boolean;
}

/** Signs checkpoints and heads with the service's Ed25519 key. */
export interface AuditSigner {
  keyId: string;
  publicKey: AuditPublicKey;
  sign(payload: Buffer): string;
}

/** The first 16 bytes of SHA-256 over the DER public key, hex: short, and stable across PEM formatting. */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex').slice(0, 32);
}

export function toPublicKey(key: KeyObject): AuditPublicKey {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  assertEd25519(publicKey);
  return {
    keyId: keyIdOf(publicKey),
    pem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    verify: (payload, signature) => {
      try {
        return verify(null, payload, publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}

export function toSigner(privateKey: KeyObject): AuditSigner {
  assertEd25519(privateKey);
  const publicKey = toPublicKey(privateKey);
  return { keyId: publicKey.keyId, publicKey, sign: (payload) => sign(null, payload, privateKey).toString('base64') };
}

export interface LoadedSigningKey {
  signer: AuditSigner;
  file: string;
  created: boolean;
  /** Set when the file can be read by group or others. */
  warning: string | null;
}

/**
 * The signing key from `file`. With `create` (the data-dir default) a missing key is generated and
 * written with mode 0600; a configured key file that is missing is an error, never silently replaced,
 * because a new key would no longer match the checkpoints auditors hold.
 */
export function loadSigningKey(file: string, options: { create: boolean }): LoadedSigningKey {
  if (!fs.existsSync(file)) {
    if (!options.create) throw new AuditKeyError(`Audit signing key ${file} does not exist.`);
    const { privateKey } = generateKeyPairSync('ed25519');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
      return { signer: toSigner(privateKey), file, created: true, warning: null };
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const privateKey = createPrivateKey(fs.readFileSync(file));
  const exposed = process.platform !== 'win32' && (fs.statSync(file).mode & 0o077) !== 0;
  return {
    signer: toSigner(privateKey), file, created: false,
    warning: exposed ? `audit signing key ${file} is readable by group or others; chmod 600 it` : null,
  };
}

/** An auditor's public key (PEM, SPKI) or the public half of a private key file. */
export function readPublicKey(file: string): AuditPublicKey {
  const text = fs.readFileSync(file, 'utf8');
  const key = text.includes('PRIVATE KEY') ? createPrivateKey(text) : createPublicKey(text);
  return toPublicKey(key);
}

function assertEd25519(key: KeyObject): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new AuditKeyError(`The audit signing key must be Ed25519, not ${key.asymmetricKeyType ?? 'unknown'}.`);
  }
}
