import request from 'supertest';
import type { GenerationEvent, GenerationRequest, TextGenerationModel } from '../inference';
import { asEventStream, parseEventStream } from '../../test/event-stream';
import { createTestService, type TestService } from '../../test/test-service';

/** A backend whose stream breaks after the first words: the failure a client sees only in-band. */
class BreakingModel implements TextGenerationModel {
  readonly modelId = 'test-generator';
  readonly contextLength = 4096;

  async *generate(_request: GenerationRequest): AsyncIterable<GenerationEvent> {
    yield { type: 'text-delta', text: 'Die Gebühr beträgt' };
    throw new Error('upstream connection reset');
  }
}

describe('a stream that fails after it started', () => {
  let test: TestService;
  beforeAll(async () => {
    test = await createTestService({ LLMOIN_GENERATION_MODEL: 'test-generator' });
    // Same id as the configured model: the catalog now hands out the breaking backend.
    test.service.deps.models.addGeneration(new BreakingModel(), 'transformers');
  });
  afterAll(() => test.close());

  it('ends with an in-band problem and is audited as a server error, not as a success', async () => {
    const response = await asEventStream(request(test.app).post('/api/v1/summarize').set('Authorization', test.tokenFor('clerk-a'))
      .send({ text: 'Die Gebühr für den Personalausweis beträgt 37 Euro. Sie wird bei Antragstellung fällig.', stream: true })).expect(200);
    const events = parseEventStream(response.body as string);
    expect(events.map((event) => event.event)).toEqual(['start', 'delta', 'error']);
    expect(events.at(-1)?.data).toMatchObject({ type: 'urn:llmoin:problem:internal-error', status: 500 });
    expect(JSON.stringify(events.at(-1)?.data)).not.toContain('upstream connection reset');
    const audit = await request(test.app).get('/api/v1/audit/records').query({ function: 'POST /api/v1/summarize' }).set('Authorization', test.admin).expect(200);
    expect(audit.body.records[0]).toMatchObject({ outcome: 'server-error', status: 500 });
  });
});
