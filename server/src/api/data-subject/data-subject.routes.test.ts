import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';

describe('data-subject rights (Art. 15 and 17 DSGVO)', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService();
    await test.service.ingestCorpus();
  });
  afterAll(() => test.close());

  async function populate(subject: string) {
    const token = test.tokenFor(subject);
    const upload = await request(test.app).post('/api/v1/documents').set('Authorization', token)
      .attach('file', Buffer.from(`# Vermerk ${subject}\n\nGesprächsnotiz zum Antrag von ${subject} auf Wohngeld.`, 'utf8'), `${subject}.md`).expect(201);
    const chat = await request(test.app).post('/api/v1/chats').set('Authorization', token).send({ title: 'Wohngeld' }).expect(201);
    await request(test.app).post(`/api/v1/chats/${chat.body.id}/messages`).set('Authorization', token).send({ message: 'Wie beantrage ich Wohngeld?' }).expect(200);
    return { token, documentId: upload.body.document.id as string, chatId: chat.body.id as string };
  }

  it('exports everything stored about the caller, and nothing about others', async () => {
    const alice = await populate('alice');
    await populate('bob');
    const response = await request(test.app).get('/api/v1/me/data').set('Authorization', alice.token).expect(200);
    expect(response.headers['content-disposition']).toContain('llmoin-daten-alice.json');
    const data = response.body as { subject: string; documents: Array<{ id: string; text: string }>; chats: Array<{ messages: unknown[] }>; tokens: Array<{ subject: string }>; audit: { pseudonym: string; records: Array<{ actor: string }> } };
    expect(data.subject).toBe('alice');
    expect(data.documents.map((document) => document.id)).toEqual([alice.documentId]);
    expect(data.documents[0]?.text).toContain('Gesprächsnotiz zum Antrag von alice');
    expect(data.chats).toHaveLength(1);
    expect(data.chats[0]?.messages).toHaveLength(2);
    expect(data.tokens.every((token) => token.subject === 'alice')).toBe(true);
    expect(JSON.stringify(data.tokens)).not.toMatch(/llm_/);
    expect(data.audit.records.length).toBeGreaterThanOrEqual(3);
    expect(data.audit.records.every((record) => record.actor === data.audit.pseudonym)).toBe(true);
    expect(JSON.stringify(data)).not.toContain('bob');
  });

  it('erases uploads, chats, tokens and the audit pseudonym, leaving the audit chain verifiable', async () => {
    const carol = await populate('carol');
    await request(test.app).delete('/api/v1/me/data').set('Authorization', carol.token).send({}).expect(400);
    const erased = await request(test.app).delete('/api/v1/me/data').set('Authorization', carol.token).send({ confirm: true }).expect(200);
    expect(erased.body).toMatchObject({ subject: 'carol', documents: 1, chats: 1, tokens: 1, auditPseudonymErased: true });
    // The token was deleted with the rest: the caller is now unknown.
    await request(test.app).get('/api/v1/me/data').set('Authorization', carol.token).expect(401);
    const search = await request(test.app).post('/api/v1/search').set('Authorization', test.admin).send({ query: 'Gesprächsnotiz carol Wohngeld', k: 10 }).expect(200);
    expect((search.body.results as Array<{ documentId: string }>).some((result) => result.documentId === carol.documentId)).toBe(false);
    const verify = await request(test.app).get('/api/v1/audit/verify').set('Authorization', test.admin).expect(200);
    expect(verify.body.ok).toBe(true);
    const records = await request(test.app).get('/api/v1/audit/records?user=carol').set('Authorization', test.admin).expect(200);
    expect(records.body.records).toEqual([]);
  });

  it('lets only admins act for another user', async () => {
    await populate('dave');
    await request(test.app).get('/api/v1/users/dave/data').set('Authorization', test.tokenFor('eve')).expect(403);
    await request(test.app).get('/api/v1/users/dave/data').set('Authorization', test.tokenFor('aud', 'auditor')).expect(403);
    const exported = await request(test.app).get('/api/v1/users/dave/data').set('Authorization', test.admin).expect(200);
    expect(exported.body.documents).toHaveLength(1);
    // Admins cannot read other users' chats, not even through the export: titles and dates only.
    expect(exported.body.chats).toHaveLength(1);
    expect(exported.body.chats[0].messages).toBeNull();
    expect(JSON.stringify(exported.body)).not.toContain('Wie beantrage ich Wohngeld?');
    const erased = await request(test.app).delete('/api/v1/users/dave/data').set('Authorization', test.admin).send({ confirm: true }).expect(200);
    expect(erased.body.documents).toBe(1);
    await request(test.app).get('/api/v1/me/data').expect(401);
  });
});
