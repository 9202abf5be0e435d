import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ModelIntegrityError } from './inference/registry';
import { createTestService, REPO_ROOT } from '../test/test-service';

describe('model integrity at start', () => {
  let modelsDir: string;
  beforeAll(() => {
    modelsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-startup-models-'));
    fs.cpSync(path.join(REPO_ROOT, 'models'), modelsDir, { recursive: true, filter: (source) => !source.includes('training-data') });
    const onnx = path.join(modelsDir, 'test-encoder', 'onnx', 'model.onnx');
    const bytes = fs.readFileSync(onnx);
    bytes[100] = (bytes[100] ?? 0) ^ 0xff;
    fs.writeFileSync(onnx, bytes);
  });
  afterAll(() => fs.rmSync(modelsDir, { recursive: true, force: true }));

  it('refuses to start with a modified configured model and names the file', async () => {
    const error = await createTestService({ LLMOIN_MODELS_DIR: modelsDir, LLMOIN_EMBEDDING_MODEL: 'test-encoder' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelIntegrityError);
    expect((error as Error).message).toContain(path.join(modelsDir, 'test-encoder', 'onnx', 'model.onnx'));
  });

  it('starts when the modified model is not configured', async () => {
    const test = await createTestService({ LLMOIN_MODELS_DIR: modelsDir });
    await test.close();
  });
});
