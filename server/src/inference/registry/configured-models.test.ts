import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyConfiguredModels } from './configured-models';
import { ModelManifestError } from './model-registry';
import { ModelIntegrityError } from './verify-model-files';

const MODELS_DIR = path.resolve(__dirname, '../../../../models');

describe('verifying the configured models at start', () => {
  it('returns the verified entries of the committed test models', async () => {
    const models = await verifyConfiguredModels(MODELS_DIR, { embedding: 'test-encoder', generation: 'test-generator' });
    expect(models.embedding).toMatchObject({ error: null, entry: { id: 'test-encoder', path: 'test-encoder', dtype: 'fp32', testModel: true } });
    expect(models.generation).toMatchObject({ error: null, entry: { id: 'test-generator', task: 'generation' } });
  });

  it('uses no model when none is configured, without reading the manifest', async () => {
    await expect(verifyConfiguredModels('/nonexistent/models', { embedding: null, generation: null })).resolves.toEqual({ embedding: null, generation: null });
  });

  it('reports unregistered models and wrong tasks per model', async () => {
    const models = await verifyConfiguredModels(MODELS_DIR, { embedding: 'test-generator', generation: 'no-such-model' });
    expect(models.embedding).toMatchObject({ entry: null, error: expect.stringMatching(/"test-generator" is registered as a generation model, not as an embedding model/) });
    expect(models.generation).toMatchObject({ entry: null, error: expect.stringMatching(/"no-such-model" is not registered in .*models\.json; register it with: npm run models -- import/) });
  });

  describe('with a copy of the models directory', () => {
    let copy: string;
    beforeEach(() => {
      copy = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-configured-'));
      fs.cpSync(MODELS_DIR, copy, { recursive: true, filter: (source) => !source.includes('training-data') });
    });
    afterEach(() => fs.rmSync(copy, { recursive: true, force: true }));

    it('refuses to start when a configured model was modified, and ignores unconfigured ones', async () => {
      const file = path.join(copy, 'test-generator', 'generation_config.json');
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"max_new_tokens": 64', '"max_new_tokens": 65'));
      await expect(verifyConfiguredModels(copy, { embedding: 'test-encoder', generation: null })).resolves.toMatchObject({ embedding: { error: null } });
      const error = await verifyConfiguredModels(copy, { embedding: 'test-encoder', generation: 'test-generator' }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ModelIntegrityError);
      expect((error as Error).message).toContain(`${file}: modified (sha256 `);
    });

    it('refuses to start on an invalid manifest', async () => {
      fs.writeFileSync(path.join(copy, 'models.json'), '{"schemaVersion": 1, "models": [{"id": "x"}]}');
      await expect(verifyConfiguredModels(copy, { embedding: 'x', generation: null })).rejects.toThrow(ModelManifestError);
    });
  });
});
