import path from 'node:path';
import { createTestService, REPO_ROOT, type TestService } from '../../test/test-service';
import { UnreachableModel } from '../../test/unreachable-model';
import { loadPromptLibrary } from './prompts';
import { researchQuestion, type ResearchContext } from './research-question';

describe('researchQuestion', () => {
  let test: TestService;
  let context: Omit<ResearchContext, 'generation'>;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator' });
    await test.service.ingestCorpus();
    const { retriever, analyzer } = test.service.deps;
    context = { retriever, analyzer, prompts: loadPromptLibrary(path.join(REPO_ROOT, 'prompts')), maxTokens: 40 };
  });
  afterAll(() => test.close());

  const question = 'Innerhalb welcher Frist muss ich mich nach einem Umzug anmelden?';

  it('answers with the configured model, records model and prompt version, and checks citations', async () => {
    const generation = test.service.deps.models.defaultGeneration();
    const answer = await researchQuestion({ ...context, generation }, { question, k: 3 });
    expect(answer).toMatchObject({ mode: 'generative', found: true, model: 'test-generator', prompt: { id: 'research-answer', version: 1 }, fallback: null });
    expect(answer.answer.length).toBeGreaterThan(0);
    expect(answer.citations.map((citation) => citation.marker)).toEqual([1, 2, 3]);
    expect(answer.verification).toEqual(expect.objectContaining({ unknownMarkers: expect.any(Array), verified: expect.any(Boolean) }));
  });

  it('falls back to the extractive answer, saying why, when the backend is down', async () => {
    const down = new UnreachableModel();
    const answer = await researchQuestion({ ...context, generation: down }, { question, k: 3 });
    expect(down.requests).toHaveLength(1);
    const prompt = down.requests[0]?.messages.map((message) => message.content).join('\n') ?? '';
    expect(prompt).toContain('<fundstelle nummer="1"');
    expect(prompt).toContain(question);
    expect(answer).toMatchObject({ mode: 'extractive', found: true, fallback: { reason: 'backend-down' }, model: null });
    expect(answer.citations[0]?.passage.source).toBe('dienstleistung-wohnsitz-anmelden.md');
  });

  it('answers extractively without a model and never calls one', async () => {
    const answer = await researchQuestion({ ...context, generation: null }, { question, k: 3 });
    expect(answer).toMatchObject({ mode: 'extractive', fallback: null, model: null, prompt: null });
  });
});
