import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { VectorIndex } from './vector-index';

const unit = (values: number[]) => {
  const norm = Math.hypot(...values);
  return values.map((value) => value / norm);
};

describe('VectorIndex', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'llmoin-vectors-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('finds nearest neighbours, hides removed ids and grows past its initial capacity', () => {
    const index = VectorIndex.open({ directory, modelId: 'm', dimensions: 3 });
    const items = Array.from({ length: 1500 }, (_, i) => ({ chunkId: i + 1, vector: unit([Math.cos(i / 100), Math.sin(i / 100), 0.1]) }));
    index.add(items);
    expect(index.size).toBe(1500);
    const [best] = index.search(items[700]!.vector, 5);
    expect(best?.chunkId).toBe(701);
    expect(best?.score).toBeCloseTo(1, 5);
    index.remove([701, 701]);
    expect(index.search(items[700]!.vector, 5).map((hit) => hit.chunkId)).not.toContain(701);
    expect(index.search(items[700]!.vector, 5, (id) => id % 2 === 0).every((hit) => hit.chunkId % 2 === 0)).toBe(true);
    expect(() => index.add([{ chunkId: 9999, vector: [1, 0] }])).toThrow(/dimensions/);
  });

  it('round-trips through save and open, and starts fresh for another model or a torn file', () => {
    const index = VectorIndex.open({ directory, modelId: 'm', dimensions: 2 });
    index.add([{ chunkId: 1, vector: unit([1, 0]) }, { chunkId: 2, vector: unit([0, 1]) }, { chunkId: 3, vector: unit([1, 1]) }]);
    index.remove([3]);
    index.save();
    const reopened = VectorIndex.open({ directory, modelId: 'm', dimensions: 2 });
    expect([...reopened.liveIds()].sort()).toEqual([1, 2]);
    expect(reopened.search(unit([1, 0.1]), 1)[0]?.chunkId).toBe(1);
    expect(VectorIndex.open({ directory, modelId: 'other', dimensions: 2 }).size).toBe(0);
    fs.writeFileSync(path.join(directory, 'vectors.hnsw'), 'torn');
    expect(VectorIndex.open({ directory, modelId: 'm', dimensions: 2 }).size).toBe(0);
  });
});
