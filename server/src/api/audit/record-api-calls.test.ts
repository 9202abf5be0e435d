import express, { type Express } from 'express';
import request from 'supertest';
import { createAuditFixture, type AuditFixture } from '../../audit/audit-fixture';
import { listAuditRecords } from '../../audit';
import { createLogger } from '../../platform/logger';
import { auditDetails } from './audit-details';
import { normalisePath, recordApiCalls } from './record-api-calls';

function appWith(fixture: AuditFixture, lines: string[]): Express {
  const app = express();
  app.use((request, _response, next) => {
    request.requestId = 'req-1';
    request.actor = { subject: 'erika.mustermann', role: 'clerk', via: 'api-token' };
    next();
  });
  app.use(['/api'], recordApiCalls(fixture.log, createLogger('error', { write: (line: string) => lines.push(line) })));
  app.post('/api/things/:id', express.json(), (_request, response) => {
    auditDetails(response, { model: 'test-generator', documents: ['doc-a'] });
    auditDetails(response, { documents: ['doc-b'], tokens: { in: 30 }, mode: 'generative', prompt: { id: 'summarize', version: 3 } });
    auditDetails(response, { tokens: { out: 12 }, content: { prompt: 'Text über [PERSON_1]' } });
    auditDetails(response, { content: { answer: 'Zusammenfassung' } });
    response.status(201).json({ ok: true });
  });
  app.get('/api/slow', (_request, response) => {
    const timer = setTimeout(() => response.end(), 2_000);
    response.on('close', () => clearTimeout(timer));
  });
  return app;
}

const all = (fixture: AuditFixture) => listAuditRecords(fixture.database, {}, { limit: 100 }).records;

describe('recordApiCalls', () => {
  it('merges the details handlers add, and never records the body', async () => {
    const fixture = createAuditFixture({ storeContent: true });
    await request(appWith(fixture, [])).post('/api/things/42').send({ secret: 'Geheimsache' }).expect(201);
    const [record] = all(fixture);
    expect(record).toMatchObject({
      function: 'POST /api/things/:id', model: 'test-generator', promptId: 'summarize', promptVersion: 3, documents: ['doc-a', 'doc-b'],
      tokensIn: 30, tokensOut: 12, mode: 'generative', outcome: 'success', status: 201, requestId: 'req-1', role: 'clerk',
    });
    expect(fixture.database.prepare('SELECT prompt, answer FROM audit_contents').get()).toEqual({ prompt: 'Text über [PERSON_1]', answer: 'Zusammenfassung' });
    expect(JSON.stringify(fixture.database.prepare('SELECT * FROM audit_records').all())).not.toContain('Geheimsache');
  });

  it('records a client that left before the response as aborted', async () => {
    const fixture = createAuditFixture();
    await expect(request(appWith(fixture, [])).get('/api/slow').timeout(100)).rejects.toThrow(/Timeout/);
    for (let attempt = 0; attempt < 50 && all(fixture).length === 0; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(all(fixture)).toEqual([expect.objectContaining({ function: 'GET /api/slow', outcome: 'aborted' })]);
  });

  it('keeps answering when the record cannot be written, and logs why', async () => {
    const fixture = createAuditFixture();
    const lines: string[] = [];
    const app = appWith(fixture, lines);
    fixture.database.close();
    await request(app).post('/api/things/1').send({}).expect(201);
    expect(lines.join('')).toContain('audit record could not be written');
  });
});

describe('normalisePath', () => {
  it.each([
    ['/api/v1/documents', '/api/v1/documents'],
    ['/api/v1/documents/0b6f0f2e-52c4-4c1e-9a51-3d1f7a2b9c10?x=1', '/api/v1/documents/:id'],
    ['/api/v1/chats/123/messages', '/api/v1/chats/:id/messages'],
    ['/api/v1/Erika%20Mustermann', '/api/v1/:segment'],
    ['/v1/a/b/c/d/e/f/g/h/i', '/v1/a/b/c/d/e/f/g/…'],
  ])('%s → %s', (url, expected) => {
    expect(normalisePath(url)).toBe(expected);
  });
});
