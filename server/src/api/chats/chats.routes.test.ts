import request from 'supertest';
import { asEventStream, parseEventStream } from '../../../test/event-stream';
import { createTestService, type TestService } from '../../../test/test-service';

describe('chats without a language model', () => {
  let test: TestService;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    test = await createTestService();
    await test.service.ingestCorpus();
    alice = test.tokenFor('alice');
    bob = test.tokenFor('bob');
  });
  afterAll(() => test.close());

  it('creates, lists, renames and deletes chats per user; others (admins included) cannot reach them', async () => {
    const created = await request(test.app).post('/api/v1/chats').set('Authorization', alice).send({}).expect(201);
    const id = created.body.id as string;
    expect(created.body).toMatchObject({ title: 'Neuer Chat', documentIds: [], messageCount: 0 });
    await request(test.app).post('/api/v1/chats').set('Authorization', alice).send({ title: 'Zweiter' }).expect(201);
    const listed = await request(test.app).get('/api/v1/chats').set('Authorization', alice).expect(200);
    expect(listed.body.chats).toHaveLength(2);
    expect((await request(test.app).get('/api/v1/chats').set('Authorization', bob).expect(200)).body.chats).toEqual([]);
    await request(test.app).get(`/api/v1/chats/${id}`).set('Authorization', bob).expect(404);
    await request(test.app).get(`/api/v1/chats/${id}`).set('Authorization', test.admin).expect(404);
    await request(test.app).delete(`/api/v1/chats/${id}`).set('Authorization', bob).expect(404);
    const renamed = await request(test.app).patch(`/api/v1/chats/${id}`).set('Authorization', alice).send({ title: 'Meldefristen' }).expect(200);
    expect(renamed.body.title).toBe('Meldefristen');
    await request(test.app).delete(`/api/v1/chats/${id}`).set('Authorization', alice).expect(204);
    await request(test.app).get(`/api/v1/chats/${id}`).set('Authorization', alice).expect(404);
    const all = await request(test.app).delete('/api/v1/chats').set('Authorization', alice).expect(200);
    expect(all.body.deleted).toBe(1);
  });

  it('answers a turn with quoted passages, says so, and stores the turn', async () => {
    const chat = await request(test.app).post('/api/v1/chats').set('Authorization', alice).send({}).expect(201);
    const turn = await request(test.app).post(`/api/v1/chats/${chat.body.id}/messages`).set('Authorization', alice)
      .send({ message: 'Innerhalb welcher Frist muss ich mich nach einem Umzug anmelden?' }).expect(200);
    expect(turn.body).toMatchObject({ mode: 'extractive', model: null, title: 'Innerhalb welcher Frist muss ich mich nach einem Umzug…' });
    expect(turn.body.message.content).toContain('Zurzeit steht kein Sprachmodell zur Verfügung');
    expect(turn.body.message.citations.length).toBeGreaterThan(0);
    const stored = await request(test.app).get(`/api/v1/chats/${chat.body.id}`).set('Authorization', alice).expect(200);
    expect(stored.body.messages.map((message: { role: string }) => message.role)).toEqual(['user', 'assistant']);
    expect(stored.body.messageCount).toBe(2);
  });

  it('rejects documents the user may not see and malformed ids', async () => {
    const upload = await request(test.app).post('/api/v1/documents').set('Authorization', bob)
      .attach('file', Buffer.from('# Bobs Notiz\n\nNur für Bob bestimmt.', 'utf8'), 'bob.md').expect(201);
    await request(test.app).post('/api/v1/chats').set('Authorization', alice).send({ documentIds: [upload.body.document.id] }).expect(404);
    await request(test.app).get('/api/v1/chats/not-a-uuid').set('Authorization', alice).expect(400);
    await request(test.app).post('/api/v1/chats/00000000-0000-4000-8000-000000000000/messages').set('Authorization', alice).send({ message: 'Hallo' }).expect(404);
    await request(test.app).get('/api/v1/chats').set('Authorization', test.tokenFor('auditor-1', 'auditor')).expect(403);
  });
});

describe('chats with the test generation model', () => {
  let test: TestService;
  let alice: string;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '12' });
    await test.service.ingestCorpus();
    alice = test.tokenFor('alice');
  });
  afterAll(() => test.close());

  it('sends the earlier turns as history and grounds answers on the selected documents', async () => {
    const documents = await request(test.app).get('/api/v1/documents?limit=100').set('Authorization', alice).expect(200);
    const melde = (documents.body.documents as Array<{ id: string; source: string }>).find((document) => document.source === 'dienstleistung-wohnsitz-anmelden.md');
    const chat = await request(test.app).post('/api/v1/chats').set('Authorization', alice).send({ documentIds: [melde?.id] }).expect(201);
    const first = await request(test.app).post(`/api/v1/chats/${chat.body.id}/messages`).set('Authorization', alice).send({ message: 'Wie melde ich mich an?' }).expect(200);
    expect(first.body).toMatchObject({ mode: 'generative', model: 'test-generator', prompts: [{ id: 'chat', version: 1 }] });
    expect(first.body.message.citations.every((citation: { documentId: string }) => citation.documentId === melde?.id)).toBe(true);
    expect(first.body.verification).not.toBeNull();
    const second = await asEventStream(request(test.app).post(`/api/v1/chats/${chat.body.id}/messages`).set('Authorization', alice)
      .send({ message: 'Und welche Frist gilt?', stream: true })).expect(200);
    const events = parseEventStream(second.body as string);
    expect(events.at(-1)?.event).toBe('done');
    // The same message in a fresh chat with the same documents: the difference is the history sent along.
    const fresh = await request(test.app).post('/api/v1/chats').set('Authorization', alice).send({ documentIds: [melde?.id] }).expect(201);
    const alone = await request(test.app).post(`/api/v1/chats/${fresh.body.id}/messages`).set('Authorization', alice).send({ message: 'Und welche Frist gilt?' }).expect(200);
    const done = events.at(-1)?.data as { usage: { promptTokens: number } };
    expect(done.usage.promptTokens).toBeGreaterThan(alone.body.usage.promptTokens + 10);
    const stored = await request(test.app).get(`/api/v1/chats/${chat.body.id}`).set('Authorization', alice).expect(200);
    expect(stored.body.messages).toHaveLength(4);
  });
});
