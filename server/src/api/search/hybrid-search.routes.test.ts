import path from 'node:path';
import request from 'supertest';
import { requireSharedData } from '../../../test/shared-data';
import { createTestService, type TestService } from '../../../test/test-service';

describe('hybrid search with the committed test encoder', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_EMBEDDING_MODEL: 'test-encoder' });
    const lawDir = requireSharedData('gesetze');
    await test.service.deps.library.ingestPaths(['vwvfg.md', 'ifg.md'].map((file) => path.join(lawDir, file)), { collection: 'gesetze' });
  });
  afterAll(() => test.close());

  it('reports hybrid mode in /health and in responses, with one vector per chunk', async () => {
    const health = await request(test.app).get('/health').expect(200);
    expect(health.body.retrieval).toMatchObject({ mode: 'hybrid', reason: null, dense: { modelId: 'test-encoder' } });
    expect(health.body.retrieval.dense.vectors).toBe(health.body.counts.chunks);
    const search = await request(test.app).post('/api/v1/search').set('Authorization', test.admin).send({ query: '§ 41 VwVfG Bekanntgabe' }).expect(200);
    expect(search.body.mode).toBe('hybrid');
    // Score fusion keeps the clear lexical winner on top even though the toy encoder's neighbours are noise.
    expect(search.body.results[0].section).toBe('§ 41 VwVfG');
    // A query without a single indexed term finds nothing lexically; the dense side still answers.
    const lexicalOnly = await request(test.app).post('/api/v1/search').set('Authorization', test.admin).send({ query: 'Qwertzuiop' }).expect(200);
    expect(lexicalOnly.body.results.length).toBeGreaterThan(0);
    expect(test.service.deps.retriever.lexicalIndex.search('Qwertzuiop', 10)).toEqual([]);
  });

  it('removes a deleted document from the vector index', async () => {
    const list = await request(test.app).get('/api/v1/documents').set('Authorization', test.admin).expect(200);
    const ifg = list.body.documents.find((document: { source: string }) => document.source === 'ifg.md');
    await request(test.app).delete(`/api/v1/documents/${ifg.id}`).set('Authorization', test.admin).expect(204);
    const health = await request(test.app).get('/health').expect(200);
    expect(health.body.retrieval.dense.vectors).toBe(health.body.counts.chunks);
    const search = await request(test.app).post('/api/v1/search').set('Authorization', test.admin).send({ query: 'Informationsfreiheit Zugang zu amtlichen Informationen', k: 20 }).expect(200);
    expect(search.body.results.every((result: { documentId: string }) => result.documentId !== ifg.id)).toBe(true);
  });

  it('runs lexical-only and says why when the configured model is missing', async () => {
    const degraded = await createTestService({ LLMOIN_EMBEDDING_MODEL: 'no-such-model' });
    try {
      const health = await request(degraded.app).get('/health').expect(200);
      expect(health.body).toMatchObject({ status: 'degraded', retrieval: { mode: 'lexical', dense: null }, models: { embedding: { configured: 'no-such-model', loaded: false } } });
      expect(health.body.models.embedding.error).toMatch(/no-such-model/);
    } finally {
      await degraded.close();
    }
  });
});
