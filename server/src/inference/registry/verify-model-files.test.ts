import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadModelRegistry, ModelNotRegisteredError, writeModelManifest } from './model-registry';
import { assertModelsIntact, ModelIntegrityError, sha256File, verifyModelFiles, verifyRegistry } from './verify-model-files';

const MODELS_DIR = path.resolve(__dirname, '../../../../models');

describe('verifying model files', () => {
  let copyDir: string;

  /** A models directory holding a copy of test-encoder and the committed manifest. */
  beforeEach(async () => {
    copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-verify-'));
    fs.cpSync(path.join(MODELS_DIR, 'test-encoder'), path.join(copyDir, 'test-encoder'), { recursive: true });
    const registry = await loadModelRegistry(MODELS_DIR);
    await writeModelManifest(copyDir, { ...registry.manifest, models: [registry.get('test-encoder')] });
  });

  afterEach(() => fs.rmSync(copyDir, { recursive: true, force: true }));

  it('finds both committed test models exactly as recorded', async () => {
    const registry = await loadModelRegistry(MODELS_DIR);
    const started = performance.now();
    const results = await verifyRegistry(registry);
    const milliseconds = performance.now() - started;
    expect(results.map((result) => [result.entry.id, result.problems])).toEqual([['test-encoder', []], ['test-generator', []]]);
    expect(results.every((result) => result.checked && result.files > 0 && result.bytes > 1_000_000)).toBe(true);
    expect(milliseconds).toBeLessThan(5000);
    await expect(assertModelsIntact(MODELS_DIR, ['test-encoder', 'test-generator'])).resolves.toHaveLength(2);
  });

  it('hashes like sha256sum', async () => {
    await expect(sha256File(path.join(MODELS_DIR, 'test-encoder', 'config.json'))).resolves.toBe(
      '65c2afe1610e2f964759d385c7c73d3f1c9bfb9c3d6066b823e1e32e2164eb18',
    );
  });

  it('detects one flipped byte in an onnx file', async () => {
    const file = path.join(copyDir, 'test-encoder', 'onnx', 'model.onnx');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length >> 1] = (bytes[bytes.length >> 1] ?? 0) ^ 0x01;
    fs.writeFileSync(file, bytes);
    const registry = await loadModelRegistry(copyDir);
    const problems = await verifyModelFiles(registry.get('test-encoder'), copyDir);
    expect(problems).toEqual([
      expect.objectContaining({ modelId: 'test-encoder', kind: 'sha256-mismatch', file, relativePath: 'onnx/model.onnx' }),
    ]);
    expect(await verifyModelFiles(registry.get('test-encoder'), copyDir, { quick: true })).toEqual([]);
    const error = await assertModelsIntact(copyDir, ['test-encoder']).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ModelIntegrityError);
    expect((error as ModelIntegrityError).problems).toHaveLength(1);
    expect((error as Error).message).toContain(`${file}: modified (sha256 `);
    expect((error as Error).message).toMatch(/modified or are missing \(test-encoder\); the service refuses to load them/);
  });

  it('reports a deleted file as missing and a truncated one by its size', async () => {
    const deleted = path.join(copyDir, 'test-encoder', 'tokenizer.json');
    const truncated = path.join(copyDir, 'test-encoder', 'onnx', 'model_quantized.onnx');
    fs.rmSync(deleted);
    fs.truncateSync(truncated, 1000);
    const registry = await loadModelRegistry(copyDir);
    const problems = await verifyModelFiles(registry.get('test-encoder'), copyDir);
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'size-mismatch', file: truncated, expected: '864893', actual: '1000' }),
      expect.objectContaining({ kind: 'missing', file: deleted }),
    ]);
    const error = await assertModelsIntact(copyDir, ['test-encoder']).catch((caught: unknown) => caught);
    expect((error as Error).message).toContain(`${deleted}: missing`);
    expect((error as Error).message).toContain(`${truncated}: modified (size 1000 bytes, recorded 864893 bytes)`);
  });

  it('refuses a configured model that is not registered', async () => {
    await expect(assertModelsIntact(copyDir, ['test-generator'])).rejects.toThrow(ModelNotRegisteredError);
    await expect(assertModelsIntact(os.tmpdir(), ['anything'])).rejects.toThrow(/not registered/);
  });
});
