import fs from 'node:fs';
import path from 'node:path';
import { createTestService, REPO_ROOT, type TestService } from '../../test/test-service';
import { retrieveChunks } from './retrieve-chunks';

interface Question {
  id: string;
  question: string;
  file: string;
  answer: string;
}

const questions = fs.readFileSync(path.join(REPO_ROOT, 'eval/datasets/bundled-corpus-questions.jsonl'), 'utf8')
  .trim().split('\n').map((line) => JSON.parse(line) as Question);

/**
 * A quality gate on the corpus a new installation starts with: colloquial clerk and citizen
 * questions (ß/ss, ä/ae spellings, "Perso") must find their document. Measured 2026-11-30:
 * 30/33 documents and 25/33 answer passages in the top 3; the gate allows a little slack.
 */
describe('retrieval on the bundled corpus', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService();
    await test.service.ingestCorpus();
  });
  afterAll(() => test.close());

  it('finds the right document and the answering passage for the sample questions', async () => {
    let documentInTop3 = 0;
    let answerInTop3 = 0;
    for (const question of questions) {
      const { passages } = await retrieveChunks(test.service.deps.retriever, { query: question.question, k: 3 });
      if (passages.some((passage) => passage.source === question.file)) documentInTop3 += 1;
      if (passages.some((passage) => passage.quote.includes(question.answer))) answerInTop3 += 1;
    }
    expect(questions).toHaveLength(33);
    expect(documentInTop3).toBeGreaterThanOrEqual(29);
    expect(answerInTop3).toBeGreaterThanOrEqual(22);
  });
});
