import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { asEventStream, parseEventStream } from '../../../test/event-stream';
import { createTestService, REPO_ROOT, type TestService } from '../../../test/test-service';

const LONG_TEXT = fs.readFileSync(path.join(REPO_ROOT, 'corpus', 'dienstanweisung-widersprueche.md'), 'utf8');
const SHORT_TEXT = [
  'Die Stadt Musterhaven erhebt für Amtshandlungen Gebühren nach der Gebührensatzung.',
  'Die Gebühr für einen Personalausweis beträgt 37 Euro.',
  'Antragstellende unter 24 Jahren zahlen 22,80 Euro.',
  'Die Gebühr wird bei Antragstellung fällig.',
  'Eine Ermäßigung ist bei Bezug von Bürgergeld möglich.',
].join(' ');

describe('POST /api/v1/summarize without a language model (extractive)', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService();
    clerk = test.tokenFor('clerk-a');
  });
  afterAll(() => test.close());

  it('returns verbatim sentences within the word budget as bullet points', async () => {
    const response = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk)
      .send({ text: LONG_TEXT, length: 'kurz', style: 'stichpunkte' }).expect(200);
    expect(response.body).toMatchObject({ mode: 'extractive', model: null, prompts: [], fallback: null, style: 'stichpunkte' });
    const { sentences, summary, words, targetWords } = response.body as { sentences: Array<{ text: string; start: number; end: number }>; summary: string; words: number; targetWords: number };
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(LONG_TEXT.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(summary.split('\n').filter(Boolean).every((line) => line.startsWith('- '))).toBe(true);
    const longest = Math.max(...sentences.map((sentence) => sentence.text.split(/\s+/).length));
    expect(words).toBeLessThanOrEqual(targetWords + longest);
  });

  it('honours a target word count: more words give a longer summary', async () => {
    const short = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ text: LONG_TEXT, words: 40 }).expect(200);
    const long = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ text: LONG_TEXT, words: 200 }).expect(200);
    expect(short.body.targetWords).toBe(40);
    expect(long.body.words).toBeGreaterThan(short.body.words);
  });

  it('summarizes a stored document the caller may read, and hides other users\' uploads', async () => {
    const upload = await request(test.app).post('/api/v1/documents').set('Authorization', clerk)
      .attach('file', Buffer.from(LONG_TEXT, 'utf8'), 'gebuehren.md').expect(201);
    const id = upload.body.document.id as string;
    const own = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ documentId: id, length: 'mittel' }).expect(200);
    expect(own.body.document).toEqual({ id, title: expect.any(String) });
    const other = await request(test.app).post('/api/v1/summarize').set('Authorization', test.tokenFor('clerk-b')).send({ documentId: id }).expect(404);
    expect(other.body.type).toBe('urn:llmoin:problem:not-found');
  });

  it('rejects bad input with a problem body naming the field', async () => {
    const both = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ text: 'a', documentId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(both.body.detail).toContain('exactly one');
    const style = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ text: SHORT_TEXT, style: 'gedicht' }).expect(400);
    expect(style.body.errors[0].path).toBe('style');
    await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ text: SHORT_TEXT, length: 'kurz', words: 50 }).expect(400);
    await request(test.app).post('/api/v1/summarize').send({ text: SHORT_TEXT }).expect(401);
    await request(test.app).post('/api/v1/summarize').set('Authorization', test.tokenFor('audit-1', 'auditor')).send({ text: SHORT_TEXT }).expect(403);
  });
});

describe('POST /api/v1/summarize with the test generation model', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '16' });
    clerk = test.tokenFor('clerk-a');
  });
  afterAll(() => test.close());

  it('summarizes a short text in one prompt and records model and prompt version', async () => {
    const response = await request(test.app).post('/api/v1/summarize').set('Authorization', clerk).send({ text: SHORT_TEXT, length: 'kurz' }).expect(200);
    expect(response.body).toMatchObject({ mode: 'generative', model: 'test-generator', prompts: [{ id: 'summarize', version: 1 }], mapReduce: null });
    expect(response.body.summary.length).toBeGreaterThan(0);
    expect(response.body.usage.completionTokens).toBeGreaterThan(0);
    const audit = await request(test.app).get('/api/v1/audit/records?limit=50').set('Authorization', test.admin).expect(200);
    const records = audit.body.records as Array<Record<string, unknown>>;
    const record = records.find((entry) => String(entry['function']).includes('/api/v1/summarize'));
    expect(record).toMatchObject({ model: 'test-generator', prompt: { id: 'summarize', version: 1 }, mode: 'generative', outcome: 'success', tokens: { out: response.body.usage.completionTokens } });
  });

  it('uses map-reduce for a text beyond the model context and streams progress and text', async () => {
    const response = await asEventStream(request(test.app).post('/api/v1/summarize').set('Authorization', clerk)
      .send({ text: LONG_TEXT, length: 'kurz', stream: true })).expect(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    const events = parseEventStream(response.body as string);
    const names = events.map((event) => event.event);
    expect(names.filter((name) => name === 'progress').length).toBeGreaterThan(1);
    expect(names.indexOf('start')).toBeLessThan(names.indexOf('delta'));
    expect(names.at(-1)).toBe('done');
    const done = events.at(-1)?.data as { mode: string; prompts: Array<{ id: string }>; mapReduce: { windows: number }; summary: string };
    expect(done.mode).toBe('generative');
    expect(done.prompts.map((prompt) => prompt.id)).toEqual(['summarize-map', 'summarize-reduce']);
    expect(done.mapReduce.windows).toBeGreaterThan(1);
    const streamed = events.filter((event) => event.event === 'delta').map((event) => (event.data as { text: string }).text).join('');
    expect(streamed.trim()).toBe(done.summary);
  });
});
