import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importModel, ModelImportError } from './import-model';
import { loadModelRegistry } from './model-registry';
import { verifyRegistry } from './verify-model-files';

const MODELS_DIR = path.resolve(__dirname, '../../../../models');
const TEST_ENCODER = path.join(MODELS_DIR, 'test-encoder');
const TEST_GENERATOR = path.join(MODELS_DIR, 'test-generator');

describe('importing a model folder', () => {
  let work: string;
  let modelsDir: string;

  beforeEach(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-import-'));
    modelsDir = path.join(work, 'models');
  });

  afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

  it('copies test-encoder, checks that it embeds, records checksums and the copy verifies', async () => {
    const phases: string[] = [];
    const result = await importModel({
      sourceDir: TEST_ENCODER, modelsDir, id: 'encoder', task: 'embedding', licence: 'project-owned', testModel: true,
      onProgress: (event) => void (phases.includes(event.phase) || phases.push(event.phase)),
    });
    expect(phases).toEqual(['copy', 'verify-copy', 'load-check', 'register']);
    expect(result).toMatchObject({ replaced: false, inPlace: false, check: { dimensions: 128 }, warnings: [] });
    expect(result.entry).toMatchObject({
      id: 'encoder', task: 'embedding', backend: 'transformers', path: 'encoder', dtype: 'fp32', contextLength: 128, licence: 'project-owned', testModel: true,
    });
    const committed = (await loadModelRegistry(MODELS_DIR)).get('test-encoder');
    expect(result.entry.files).toEqual(committed.backend === 'transformers' ? committed.files : null);
    expect(fs.readdirSync(modelsDir).sort()).toEqual(['encoder', 'models.json']);
    expect(fs.existsSync(path.join(modelsDir, 'encoder', 'README.md'))).toBe(true);
    const registry = await loadModelRegistry(modelsDir);
    expect(registry.get('encoder')).toEqual(result.entry);
    const [verification] = await verifyRegistry(registry);
    expect(verification?.problems).toEqual([]);
  });

  it('refuses an existing id or folder unless forced, and keeps recorded fields on --force', async () => {
    await importModel({ sourceDir: TEST_ENCODER, modelsDir, id: 'encoder', task: 'embedding', licence: 'project-owned', testModel: true });
    const before = fs.readFileSync(path.join(modelsDir, 'models.json'), 'utf8');
    await expect(importModel({ sourceDir: TEST_ENCODER, modelsDir, id: 'encoder', task: 'embedding' })).rejects.toThrow(
      /Model "encoder" is already registered in .*models\.json; use --force to replace it/,
    );
    fs.mkdirSync(path.join(modelsDir, 'stray'));
    await expect(importModel({ sourceDir: TEST_ENCODER, modelsDir, id: 'stray', task: 'embedding' })).rejects.toThrow(/stray already exists; use --force/);
    expect(fs.readFileSync(path.join(modelsDir, 'models.json'), 'utf8')).toBe(before);

    const forced = await importModel({ sourceDir: TEST_ENCODER, modelsDir, id: 'encoder', task: 'embedding', dtype: 'q8', force: true });
    expect(forced).toMatchObject({ replaced: true, entry: { dtype: 'q8', licence: 'project-owned', testModel: true } });
    expect(fs.readdirSync(modelsDir).sort()).toEqual(['encoder', 'models.json', 'stray']);
    expect((await verifyRegistry(await loadModelRegistry(modelsDir)))[0]?.problems).toEqual([]);
  });

  it('registers a folder already in the models directory in place', async () => {
    fs.cpSync(TEST_ENCODER, path.join(modelsDir, 'local-encoder'), { recursive: true });
    const result = await importModel({ sourceDir: path.join(modelsDir, 'local-encoder'), modelsDir, id: 'local-encoder', task: 'embedding' });
    expect(result).toMatchObject({ inPlace: true, replaced: false, entry: { path: 'local-encoder', licence: 'unknown' } });
    expect(result.warnings).toEqual([expect.stringMatching(/no licence given/)]);
    expect((await verifyRegistry(await loadModelRegistry(modelsDir)))[0]?.problems).toEqual([]);
  });

  it('imports test-generator after generating two greedy tokens', async () => {
    const result = await importModel({ sourceDir: TEST_GENERATOR, modelsDir, id: 'generator', task: 'generation', licence: 'project-owned' });
    expect(result.entry).toMatchObject({ task: 'generation', contextLength: 512, defaults: { maxTokens: 64, temperature: 0, topP: 1, stop: [] } });
    expect(result.check.sample).toBe('Für bestimmte');
  });

  it('leaves the models directory untouched when the model does not load', async () => {
    const broken = path.join(work, 'broken');
    fs.cpSync(TEST_ENCODER, broken, { recursive: true });
    fs.writeFileSync(path.join(broken, 'onnx', 'model.onnx'), 'not an onnx file');
    await expect(importModel({ sourceDir: broken, modelsDir, id: 'broken', task: 'embedding' })).rejects.toThrow(
      /does not load as an embedding model/,
    );
    expect(fs.readdirSync(modelsDir)).toEqual([]);

    fs.rmSync(path.join(broken, 'onnx'), { recursive: true });
    await expect(importModel({ sourceDir: broken, modelsDir, id: 'broken', task: 'embedding' })).rejects.toThrow(ModelImportError);
    await expect(importModel({ sourceDir: path.join(work, 'absent'), modelsDir, id: 'x', task: 'embedding' })).rejects.toThrow(/does not exist/);
    await expect(importModel({ sourceDir: TEST_ENCODER, modelsDir, id: '../evil', task: 'embedding' })).rejects.toThrow(/Invalid model id/);
    expect(fs.readdirSync(modelsDir)).toEqual([]);
  });
});
