import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../test/test-service';
import { ModelLoadError } from '../embedding-model';
import { TransformersEmbeddingModel } from '../transformers-embedding-model';
import { WorkerEmbeddingModel } from './worker-embedding-model';

const MODELS_DIR = path.join(REPO_ROOT, 'models');

describe('WorkerEmbeddingModel', () => {
  it('returns the same vectors as in-process inference while the event loop keeps running', async () => {
    const worker = await WorkerEmbeddingModel.load({ modelsDir: MODELS_DIR, modelId: 'test-encoder' });
    const local = await TransformersEmbeddingModel.load({ modelsDir: MODELS_DIR, modelId: 'test-encoder' });
    try {
      const corpus = fs.readFileSync(path.join(REPO_ROOT, 'corpus', 'dienstanweisung-widersprueche.md'), 'utf8');
      const texts = corpus.split(/\n\s*\n/).filter((paragraph) => paragraph.length > 200).slice(0, 48);
      let ticks = 0;
      const timer = setInterval(() => (ticks += 1), 2);
      const fromWorker = await worker.embedDocuments(texts);
      clearInterval(timer);
      const inProcess = await local.embedDocuments(texts);
      expect(fromWorker).toHaveLength(texts.length);
      fromWorker.forEach((vector, row) => vector.forEach((value, k) => expect(value).toBeCloseTo(inProcess[row]?.[k] ?? Number.NaN, 6)));
      expect(ticks).toBeGreaterThan(3);
      expect(await worker.embedDocuments([])).toEqual([]);
      expect(worker.dimensions).toBe(128);
    } finally {
      await worker.close();
    }
  });

  it('reports a model that cannot be loaded as a ModelLoadError', async () => {
    await expect(WorkerEmbeddingModel.load({ modelsDir: MODELS_DIR, modelId: 'no-such-model' })).rejects.toBeInstanceOf(ModelLoadError);
  });
});
