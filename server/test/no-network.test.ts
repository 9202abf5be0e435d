import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { configureTransformers, ModelLoadError, TransformersEmbeddingModel } from '../src/inference';

describe('no outbound network in tests', () => {
  it('refuses a connection beyond loopback', async () => {
    await expect(fetch('http://192.0.2.1/')).rejects.toThrow();
    expect(() => http.get('http://192.0.2.1/')).toThrow(/outside loopback/);
  });

  it('keeps transformers.js remote loading off: a missing local model fails without any fetch', async () => {
    const modelsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-ghost-'));
    fs.mkdirSync(path.join(modelsDir, 'ghost'));
    fs.writeFileSync(path.join(modelsDir, 'ghost', 'config.json'), JSON.stringify({ model_type: 'bert' }));
    const calls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: string | URL | Request) => {
      calls.push(String(input));
      return realFetch(input);
    }) as typeof fetch;
    try {
      await expect(TransformersEmbeddingModel.load({ modelsDir, modelId: 'ghost' })).rejects.toBeInstanceOf(ModelLoadError);
      expect(configureTransformers(modelsDir).allowRemoteModels).toBe(false);
      expect(calls.filter((url) => /^https?:/.test(url))).toEqual([]);
    } finally {
      globalThis.fetch = realFetch;
      fs.rmSync(modelsDir, { recursive: true, force: true });
    }
  });
});
