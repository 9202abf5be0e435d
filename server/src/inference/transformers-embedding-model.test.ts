import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../test/test-service';
import { TransformersEmbeddingModel } from './transformers-embedding-model';

const MODELS_DIR = path.join(REPO_ROOT, 'models');
const reference = JSON.parse(fs.readFileSync(path.join(MODELS_DIR, 'test-encoder/reference.json'), 'utf8')) as {
  dimension: number;
  tolerance: number;
  sentences: Array<{ text: string; embedding: number[] }>;
};

describe('TransformersEmbeddingModel', () => {
  it('reproduces the PyTorch reference embeddings, batched and one by one', async () => {
    const model = await TransformersEmbeddingModel.load({ modelsDir: MODELS_DIR, modelId: 'test-encoder' });
    expect(model.dimensions).toBe(reference.dimension);
    const texts = reference.sentences.map((sentence) => sentence.text);
    const batched = await model.embedDocuments(texts);
    for (const [index, sentence] of reference.sentences.entries()) {
      const single = await model.embedQuery(sentence.text);
      sentence.embedding.forEach((expected, k) => {
        expect(Math.abs((batched[index]?.[k] ?? Number.NaN) - expected)).toBeLessThan(reference.tolerance);
        expect(Math.abs((single[k] ?? Number.NaN) - expected)).toBeLessThan(reference.tolerance);
      });
    }
  });
});
