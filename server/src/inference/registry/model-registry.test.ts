import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadModelRegistry, ModelManifestError, ModelNotRegisteredError, parseModelManifest, writeModelManifest } from './model-registry';
import type { ModelManifest } from './model-manifest-schema';

const MODELS_DIR = path.resolve(__dirname, '../../../../models');

const validFile = { path: 'config.json', sha256: 'a'.repeat(64), bytes: 10 };
const onnxFile = { path: 'onnx/model.onnx', sha256: 'b'.repeat(64), bytes: 20 };
const embedding = {
  id: 'e5', task: 'embedding', backend: 'transformers', path: 'e5', dtype: 'fp32', contextLength: 512,
  licence: 'MIT', description: '', testModel: false, files: [validFile, onnxFile],
};
const remote = {
  id: 'remote-llm', task: 'generation', backend: 'openai-compatible', baseUrl: 'http://10.0.0.5:8000/v1', remoteModel: 'llama-3.1-8b',
  apiKeyEnv: 'LLMOIN_UPSTREAM_KEY', contextLength: 8192, licence: 'Llama 3.1 Community License', testModel: false,
  defaults: { maxTokens: 512, temperature: 0.2, topP: 0.9, stop: ['</s>'] },
};

/** Parses a manifest built from `models` and returns the error's problem lines. */
function problemsOf(models: unknown[], extra: Record<string, unknown> = {}): string[] {
  try {
    parseModelManifest(JSON.stringify({ schemaVersion: 1, models, ...extra }), 'models.json');
  } catch (error) {
    if (error instanceof ModelManifestError) return error.problems;
    throw error;
  }
  throw new Error('manifest was accepted');
}

describe('model registry', () => {
  it('parses the committed manifest with both test models', async () => {
    const registry = await loadModelRegistry(MODELS_DIR);
    expect(registry.manifestExists).toBe(true);
    expect(registry.entries.map((entry) => entry.id)).toEqual(['test-encoder', 'test-generator']);
    expect(registry.get('test-encoder')).toMatchObject({ task: 'embedding', backend: 'transformers', testModel: true, dtype: 'fp32' });
    expect(registry.byTask('generation').map((entry) => entry.id)).toEqual(['test-generator']);
    expect(registry.byTask('reranking')).toEqual([]);
    expect(registry.find('test-generator')).toMatchObject({ defaults: { maxTokens: 64, temperature: 0, topP: 1, stop: [] } });
    expect(registry.find('nope')).toBeUndefined();
    expect(() => registry.get('nope')).toThrow(ModelNotRegisteredError);
    expect(() => registry.get('nope')).toThrow(/"nope" is not registered in .*models\.json/);
  });

  it('accepts an openai-compatible entry that names the key variable', () => {
    const manifest = parseModelManifest(JSON.stringify({ schemaVersion: 1, models: [embedding, remote] }), 'models.json');
    expect(manifest.models[1]).toMatchObject({ backend: 'openai-compatible', apiKeyEnv: 'LLMOIN_UPSTREAM_KEY', remoteModel: 'llama-3.1-8b' });
    expect(manifest.models[0]).toMatchObject({ description: '' });
  });

  it('names the field of every problem in a malformed manifest', () => {
    expect(problemsOf([{ ...embedding, files: [{ ...validFile, sha256: 'XYZ' }, onnxFile] }])).toEqual([
      'models[0] (e5).files[0].sha256: must be 64 lowercase hexadecimal digits',
    ]);
    expect(problemsOf([{ ...embedding, licence: undefined }])).toEqual([expect.stringMatching(/^models\[0\] \(e5\)\.licence: /)]);
    expect(problemsOf([{ ...embedding, checksum: 'x' }])).toEqual([expect.stringMatching(/^models\[0\] \(e5\): .*checksum/)]);
    expect(problemsOf([embedding, embedding])).toEqual(['models[1] (e5).id: duplicate model id "e5"']);
    expect(problemsOf([{ ...embedding, path: '../etc' }])).toEqual([expect.stringMatching(/^models\[0\] \(e5\)\.path: must be a relative path/)]);
    expect(problemsOf([{ ...embedding, files: [onnxFile] }])).toEqual(['models[0] (e5).files: must list config.json']);
    expect(problemsOf([{ ...embedding, task: 'generation' }])).toEqual([expect.stringMatching(/^models\[0\] \(e5\)\.defaults: generation models need defaults/)]);
    expect(problemsOf([{ ...remote, apiKeyEnv: 'sk-live-123' }])).toEqual([expect.stringMatching(/apiKeyEnv: must be the NAME of an environment variable/)]);
    expect(problemsOf([{ ...remote, baseUrl: 'https://user:secret@llm.example/v1' }])).toEqual([expect.stringMatching(/baseUrl: must not contain credentials/)]);
    expect(problemsOf([{ ...embedding, backend: 'ollama' }])[0]).toMatch(/^models\[0\] \(e5\)\.backend: /);
    expect(problemsOf([], { schemaVersion: 2 })[0]).toMatch(/^schemaVersion: /);
  });

  it('reports invalid JSON with the file name', () => {
    expect(() => parseModelManifest('{"schemaVersion": 1,', '/srv/models/models.json')).toThrow(
      /Model manifest \/srv\/models\/models\.json is invalid:\n {2}- not valid JSON/,
    );
  });

  it('gives an empty registry for a models directory without manifest, and writes one atomically', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-registry-'));
    try {
      const empty = await loadModelRegistry(directory);
      expect(empty.manifestExists).toBe(false);
      expect(empty.entries).toEqual([]);
      const manifest = parseModelManifest(JSON.stringify({ schemaVersion: 1, models: [embedding] }), 'x');
      await writeModelManifest(directory, manifest);
      expect(fs.readdirSync(directory)).toEqual(['models.json']);
      const reloaded = await loadModelRegistry(directory);
      expect(reloaded.manifest).toEqual(manifest);
      const invalid = { schemaVersion: 1, models: [{ ...embedding, files: [] }] } as unknown as ModelManifest;
      await expect(writeModelManifest(directory, invalid)).rejects.toThrow(ModelManifestError);
      expect((await loadModelRegistry(directory)).manifest).toEqual(manifest);
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});
