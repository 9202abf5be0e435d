import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createAuditFixture, sampleEntry } from './audit-fixture';
import { headPayload } from './canonical-form';
import { verifyAuditLog } from './verify-audit-log';

/**
 * Measures what the audit log costs per API call on a file-backed SQLite database configured like
 * the service (WAL, synchronous=NORMAL): a full append (pseudonym lookup, hash, insert, signed head
 * in one transaction), the Ed25519 head signature alone, and verification throughput.
 * Run: npx tsc -p tsconfig.build.json --outDir /tmp/llmoin-audit-dist && node /tmp/llmoin-audit-dist/audit/measure-append-cost.js [records]
 */
async function main(): Promise<void> {
  const records = Number(process.argv[2] ?? 20_000);
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-audit-cost-'));
  try {
    const fixture = createAuditFixture({ file: path.join(directory, 'llmoin.db'), checkpointInterval: 1000 });
    for (let index = 0; index < 500; index += 1) fixture.log.append(sampleEntry(index));

    const append = timeEach(records, (index) => fixture.log.append(sampleEntry(index)));
    const head = { seq: 1, hash: 'a'.repeat(64), at: new Date().toISOString() };
    const sign = timeEach(records, () => fixture.signer.sign(headPayload(head)));
    const signature = fixture.signer.sign(headPayload(head));
    const verifyHead = timeEach(2_000, () => fixture.signer.publicKey.verify(headPayload(head), signature));

    const started = performance.now();
    const verification = await verifyAuditLog(fixture.database, { publicKeys: [fixture.signer.publicKey] });
    const verifyMs = performance.now() - started;
    fixture.database.close();

    const result = {
      records, node: process.version, cpus: os.cpus().length,
      appendUs: append, headSignatureUs: sign, headVerifyUs: verifyHead,
      headSignatureShareOfAppendP50: Number((sign.p50 / append.p50).toFixed(2)),
      verify: { ok: verification.ok, records: verification.records, milliseconds: Math.round(verifyMs), recordsPerSecond: Math.round(verification.records / (verifyMs / 1000)) },
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

function timeEach(count: number, work: (index: number) => unknown): { p50: number; p95: number; p99: number; mean: number } {
  const samples = new Float64Array(count);
  for (let index = 0; index < count; index += 1) {
    const start = process.hrtime.bigint();
    work(index);
    samples[index] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  const at = (quantile: number) => Number((samples[Math.min(count - 1, Math.floor(quantile * count))] ?? 0).toFixed(1));
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), mean: Number((samples.reduce((sum, value) => sum + value, 0) / count).toFixed(1)) };
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
