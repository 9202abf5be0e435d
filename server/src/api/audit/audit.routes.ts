import { Router, type Response } from 'express';
import {
  auditRecordBatches, isPseudonym, listAuditRecords, verifyAuditLog, type AuditLog, type AuditRecord, type AuditRecordFilter,
} from '../../audit';
import { can, type Actor } from '../../auth';
import { LlmoinError } from '../../platform/errors';
import { authorize } from '../request-context';
import { validate } from '../validate';
import { auditCsvRow, CSV_COLUMNS, presentAuditRecord } from './audit-record.presenter';
import { auditDetails } from './audit-details';
import { exportQuerySchema, listRecordsQuerySchema, publicKeyQuerySchema, timeRange, verifyQuerySchema, type FilterQuery } from './audit.schema';

interface ResolvedFilter {
  filter: AuditRecordFilter;
  /** False when the named subject has no pseudonym (never seen, or erased): nothing can match. */
  matchable: boolean;
  /** Resolves pseudonyms to subjects for the response, when asked for and allowed. */
  subjectOf: ((record: AuditRecord) => string | null) | null;
}

/** The auditor's API: records, export, verification and the public key. Reads are audited like every call. */
export function auditRoutes(deps: { audit: AuditLog }): Router {
  const router = Router();
  const database = deps.audit.tables.database;

  router.get('/api/v1/audit/records', (request, response) => {
    const actor = authorize(request, 'audit:read');
    const query = validate(listRecordsQuerySchema, request.query, 'Query string');
    const resolved = resolveFilter(deps.audit, actor, query, response);
    const page = resolved.matchable
      ? listAuditRecords(database, resolved.filter, { limit: query.limit, before: query.cursor === undefined ? undefined : Number(query.cursor) })
      : { records: [], nextCursor: null };
    response.json({
      records: page.records.map((record) => presentAuditRecord(record, resolved.subjectOf?.(record))),
      nextCursor: page.nextCursor,
    });
  });

  router.get('/api/v1/audit/export', async (request, response) => {
    const actor = authorize(request, 'audit:read');
    const query = validate(exportQuerySchema, request.query, 'Query string');
    const resolved = resolveFilter(deps.audit, actor, query, response);
    const stamp = new Date().toISOString().slice(0, 10);
    response.setHeader('Content-Disposition', `attachment; filename="llmoin-audit-${stamp}.${query.format}"`);
    const batches = resolved.matchable ? auditRecordBatches(database, resolved.filter) : [];
    if (query.format === 'csv') {
      response.type('text/csv; charset=utf-8');
      response.write(`${CSV_COLUMNS.join(',')}\r\n`);
      for (const batch of batches) {
        if (!(await write(response, batch.map((record) => auditCsvRow(record, resolved.subjectOf?.(record))).join('')))) return;
      }
    } else {
      response.type('application/json; charset=utf-8');
      response.write(`{"exportedAt":${JSON.stringify(new Date().toISOString())},"records":[`);
      let first = true;
      for (const batch of batches) {
        const text = batch.map((record) => JSON.stringify(presentAuditRecord(record, resolved.subjectOf?.(record)))).join(',');
        if (!(await write(response, `${first ? '' : ','}${text}`))) return;
        first = false;
      }
      response.write(']}');
    }
    response.end();
  });

  router.get('/api/v1/audit/verify', async (request, response) => {
    authorize(request, 'audit:verify');
    const query = validate(verifyQuerySchema, request.query, 'Query string');
    const trustedHead = query.trustedSeq !== undefined && query.trustedHash !== undefined ? { seq: query.trustedSeq, hash: query.trustedHash } : undefined;
    const result = await verifyAuditLog(database, { publicKeys: [deps.audit.signer.publicKey], trustedHead });
    response.json({ ...result, keyId: deps.audit.signer.keyId });
  });

  router.get('/api/v1/audit/public-key', (request, response) => {
    authorize(request, 'audit:read');
    const query = validate(publicKeyQuerySchema, request.query, 'Query string');
    const key = deps.audit.signer.publicKey;
    if (query.format === 'pem') {
      response.setHeader('Content-Disposition', `attachment; filename="llmoin-audit-${key.keyId}.pem"`);
      response.type('application/x-pem-file').send(key.pem);
      return;
    }
    response.json({ algorithm: 'Ed25519', keyId: key.keyId, pem: key.pem });
  });
  return router;
}

/** The `user` filter: a pseudonym for everyone, a real subject only for actors allowed to resolve. */
function resolveFilter(audit: AuditLog, actor: Actor, query: Omit<FilterQuery, 'format'>, response: Response): ResolvedFilter {
  const mayResolve = can(actor, 'audit:resolve-subject');
  const wantsSubjects = query.resolve === 'true';
  const bySubject = query.user !== undefined && !isPseudonym(query.user);
  if ((wantsSubjects || bySubject) && !mayResolve) {
    throw new LlmoinError('forbidden', 'Your role may not resolve pseudonyms; filter by the pseudonym (ps_…) instead.');
  }
  if (wantsSubjects || bySubject) auditDetails(response, { mode: 'subject-resolved' });
  const actorFilter = bySubject && query.user !== undefined ? audit.pseudonyms.find(query.user) : query.user;
  const filter: AuditRecordFilter = { ...timeRange(query), actor: actorFilter ?? undefined, function: query.function, outcome: query.outcome };
  const cache = new Map<string, string | null>();
  const subjectOf = (record: AuditRecord): string | null => {
    if (record.actor === null) return null;
    if (!cache.has(record.actor)) cache.set(record.actor, audit.pseudonyms.resolve(record.actor));
    return cache.get(record.actor) ?? null;
  };
  return { filter, matchable: actorFilter !== null, subjectOf: wantsSubjects ? subjectOf : null };
}

/** Writes with backpressure; false when the client went away. */
async function write(response: Response, text: string): Promise<boolean> {
  if (response.destroyed) return false;
  if (response.write(text)) return true;
  await new Promise<void>((resolve) => {
    const done = () => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.once('drain', done);
    response.once('close', done);
  });
  return !response.destroyed;
}
