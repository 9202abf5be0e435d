import request from 'supertest';
import { createTestService, type TestService } from '../../../test/test-service';

const OFFICIAL = 'Gemäß § 17 Abs. 1 BMG ist die Anmeldung der neuen Wohnung innerhalb von zwei Wochen nach dem Einzug bei der zuständigen Meldebehörde vorzunehmen, '
  + 'wobei die Nichteinhaltung dieser Frist gemäß § 54 BMG als Ordnungswidrigkeit geahndet werden kann, sofern keine Ausnahme vorliegt. '
  + 'Die Wohnungsgeberbestätigung ist vorzulegen.';

describe('POST /api/v1/simplify without a language model (rule report)', () => {
  let test: TestService;
  let clerk: string;
  beforeAll(async () => {
    test = await createTestService();
    clerk = test.tokenFor('clerk-a');
  });
  afterAll(() => test.close());

  it('returns the rule report for the original, per rule with examples at exact offsets', async () => {
    const response = await request(test.app).post('/api/v1/simplify').set('Authorization', clerk).send({ text: OFFICIAL, level: 'leicht' }).expect(200);
    expect(response.body).toMatchObject({ mode: 'rules', model: null, text: null, after: null, level: 'leicht' });
    const rules = response.body.before.rules as Array<{ id: string; passed: boolean; violations: number; examples: Array<{ start: number; end: number; text: string }> }>;
    const failed = rules.filter((rule) => !rule.passed);
    expect(failed.length).toBeGreaterThanOrEqual(3);
    for (const rule of rules) for (const example of rule.examples) expect(OFFICIAL.slice(example.start, example.end)).toBe(example.text);
    expect(response.body.before.readability).toBeDefined();
  });

  it('checks a hand-revised text and rejects bad input', async () => {
    const plain = await request(test.app).post('/api/v1/simplify/check').set('Authorization', clerk)
      .send({ text: 'Sie ziehen um. Dann melden Sie sich an. Sie haben dafür 2 Wochen Zeit.', level: 'leicht' }).expect(200);
    const original = await request(test.app).post('/api/v1/simplify/check').set('Authorization', clerk).send({ text: OFFICIAL, level: 'leicht' }).expect(200);
    const failures = (report: { rules: Array<{ passed: boolean }> }) => report.rules.filter((rule) => !rule.passed).length;
    expect(failures(plain.body)).toBeLessThan(failures(original.body));
    await request(test.app).post('/api/v1/simplify').set('Authorization', clerk).send({ text: OFFICIAL, level: 'sehr-leicht' }).expect(400);
    await request(test.app).post('/api/v1/simplify').set('Authorization', clerk).send({ text: '   ' }).expect(400);
    await request(test.app).post('/api/v1/simplify').send({ text: OFFICIAL }).expect(401);
  });
});

describe('POST /api/v1/simplify with the test generation model', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator', LLMOIN_DEFAULT_GENERATION_TOKENS: '24' });
  });
  afterAll(() => test.close());

  it('rewrites the text and compares both versions rule by rule', async () => {
    const response = await request(test.app).post('/api/v1/simplify').set('Authorization', test.tokenFor('clerk-a')).send({ text: OFFICIAL, level: 'einfach' }).expect(200);
    expect(response.body).toMatchObject({ mode: 'generative', model: 'test-generator', prompts: [{ id: 'simplify', version: 1 }], level: 'einfach' });
    expect(typeof response.body.text).toBe('string');
    expect(response.body.after.level).toBe('einfach');
    expect(response.body.comparison.rules.length).toBe(response.body.before.rules.length);
  });
});
