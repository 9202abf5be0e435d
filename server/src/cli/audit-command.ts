import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AuditIntegrityError, eraseAuditSubject, loadSigningKey, openAuditLog, pruneAuditLog, readPublicKey, signingKeyFile, verifyAuditLog,
  type AuditLog, type AuditPublicKey,
} from '../audit';
import { loadConfig, type Config } from '../config';
import { openDatabase, type Database } from '../platform/db';

const USAGE = `Usage: npm run audit -- <command> [options]

Commands:
  verify [--json] [--public-key FILE ...] [--trusted-head SEQ:HASH]
                        Recomputes the hash chain, checks checkpoints and the signed head.
                        Exit code 1 and the first broken record when it does not verify.
                        --public-key: trust only these keys (the one you exported earlier),
                        not the key in the data dir. --trusted-head: a head from an earlier
                        verification that must still be in the log (detects a rollback).
  prune [--days N] [--json]
                        Removes records older than N days (default LLMOIN_AUDIT_RETENTION_DAYS)
                        behind a signed retention checkpoint; refuses when that part is broken.
  checkpoint            Signs the current head as a checkpoint now.
  public-key            Prints the Ed25519 public key (PEM) auditors verify with.
  erase-subject SUBJECT DSGVO Art. 17: forgets the subject's pseudonym mapping and stored content;
                        the chain stays verifiable.

Options:
  --data-dir DIR        data directory (default: LLMOIN_DATA_DIR, else ./data)
  -h, --help            this text`;

export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  environment?: NodeJS.ProcessEnv;
  cwd?: string;
}

class UsageError extends Error {}

/** `npm run audit -- …`; returns the exit code (tests call it directly). */
export async function runAuditCommand(argv: string[], io: CommandIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr.write(`audit failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

async function dispatch(argv: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    (values.help ? io.stdout : io.stderr).write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const loaded = loadConfig(io.environment ?? process.env, io.cwd ?? process.cwd());
  const config: Config = values['data-dir'] ? { ...loaded, dataDir: path.resolve(io.cwd ?? process.cwd(), values['data-dir']) } : loaded;
  const json = values.json ?? false;
  switch (command) {
    case 'verify':
      return withDatabase(config, (database) => verifyCommand(database, config, io, { json, keyFiles: values['public-key'] ?? [], trustedHead: values['trusted-head'] }));
    case 'prune':
      return withAuditLog(config, (log) => pruneCommand(log, config, io, { json, days: values.days }));
    case 'checkpoint':
      return withAuditLog(config, (log) => {
        const checkpoint = log.checkpoint('manual');
        io.stdout.write(checkpoint ? `Signed checkpoint at record ${checkpoint.seq} (${checkpoint.headHash}).\n` : 'Nothing new to sign (or the head does not verify: run verify).\n');
        return 0;
      });
    case 'public-key': {
      const key = loadSigningKey(signingKeyFile(config), { create: false }).signer.publicKey;
      io.stdout.write(key.pem);
      io.stderr.write(`key id ${key.keyId}\n`);
      return 0;
    }
    case 'erase-subject': {
      const [subject, ...extra] = rest;
      if (!subject || extra.length > 0) throw new UsageError('erase-subject needs exactly one subject');
      return withAuditLog(config, (log) => {
        const result = eraseAuditSubject(log, subject);
        io.stdout.write(result.erased ? `Erased the pseudonym mapping; ${result.contents} stored content rows deleted.\n` : 'No pseudonym is recorded for this subject.\n');
        return 0;
      });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

async function verifyCommand(
  database: Database, config: Config, io: CommandIo, options: { json: boolean; keyFiles: string[]; trustedHead: string | undefined },
): Promise<number> {
  const publicKeys: AuditPublicKey[] = options.keyFiles.length > 0
    ? options.keyFiles.map((file) => readPublicKey(path.resolve(io.cwd ?? process.cwd(), file)))
    : [loadSigningKey(signingKeyFile(config), { create: false }).signer.publicKey];
  const started = performance.now();
  const result = await verifyAuditLog(database, { publicKeys, trustedHead: parseTrustedHead(options.trustedHead) });
  const milliseconds = Math.round(performance.now() - started);
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ ...result, keyIds: publicKeys.map((key) => key.keyId), milliseconds }, null, 2)}\n`);
  } else if (result.firstBroken) {
    const { seq, reason, detail } = result.firstBroken;
    io.stdout.write(`Audit log BROKEN at record ${seq}: ${reason} (${detail}).\nChecked ${result.records} records and ${result.checkpoints} checkpoints in ${milliseconds} ms.\n`);
  } else {
    const head = result.head ? `head ${result.head.seq} ${result.head.hash}` : 'empty log';
    io.stdout.write(`Audit log OK: ${result.records} records from ${result.from}, ${result.checkpoints} checkpoints, ${head} (${milliseconds} ms).\n`);
  }
  return result.ok ? 0 : 1;
}

async function pruneCommand(log: AuditLog, config: Config, io: CommandIo, options: { json: boolean; days: string | undefined }): Promise<number> {
  const retentionDays = options.days === undefined ? config.auditRetentionDays : Number(options.days);
  if (!Number.isInteger(retentionDays) || retentionDays < 0) throw new UsageError(`--days must be a whole number ≥ 0, not "${options.days}"`);
  try {
    const result = await pruneAuditLog(log, { retentionDays, contentRetentionDays: config.auditContentRetentionDays });
    if (options.json) io.stdout.write(`${JSON.stringify({ retentionDays, ...result }, null, 2)}\n`);
    else if (retentionDays === 0) io.stdout.write(`Retention is 0 (keep forever): no records pruned; ${result.contents} content rows removed.\n`);
    else io.stdout.write(`Pruned ${result.records} records older than ${retentionDays} days and ${result.contents} content rows${result.checkpoint ? `; the chain now starts after the retention checkpoint at ${result.checkpoint.seq}` : ''}.\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof AuditIntegrityError)) throw error;
    io.stderr.write(`${error.message}\n`);
    return 1;
  }
}

async function withDatabase(config: Config, run: (database: Database) => Promise<number> | number): Promise<number> {
  const file = path.join(config.dataDir, 'llmoin.db');
  if (!fs.existsSync(file)) throw new Error(`no database at ${file} (set LLMOIN_DATA_DIR or --data-dir)`);
  const database = openDatabase({ file });
  try {
    return await run(database);
  } finally {
    database.close();
  }
}

/** Opens the log for writing; never creates a signing key here (a new key would not match the log's head). */
async function withAuditLog(config: Config, run: (log: AuditLog) => Promise<number> | number): Promise<number> {
  return withDatabase(config, async (database) => {
    const log = openAuditLog(database, { ...config, auditSigningKeyFile: signingKeyFile(config) });
    return run(log);
  });
}

function parseTrustedHead(value: string | undefined): { seq: number; hash: string } | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+):([0-9a-f]{64})$/.exec(value);
  if (!match?.[1] || !match[2]) throw new UsageError('--trusted-head must look like SEQ:HASH (hash as 64 hex digits)');
  return { seq: Number(match[1]), hash: match[2] };
}

function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({
      args: argv, allowPositionals: true,
      options: {
        json: { type: 'boolean' }, 'public-key': { type: 'string', multiple: true }, 'trusted-head': { type: 'string' },
        days: { type: 'string' }, 'data-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

if (require.main === module) {
  void runAuditCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => process.exit(code));
}
