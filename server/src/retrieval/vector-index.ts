import fs from 'node:fs';
import path from 'node:path';
import { HierarchicalNSW } from 'hnswlib-node';
import { z } from 'zod';

export interface VectorHit {
  chunkId: number;
  /** Cosine similarity (1 − cosine distance): higher is better. */
  score: number;
}

const manifestSchema = z.object({
  modelId: z.string(),
  dimensions: z.number().int().positive(),
  ids: z.array(z.number().int()),
});

const INITIAL_CAPACITY = 1024;
const M = 16;
const EF_CONSTRUCTION = 200;
const EF_SEARCH = 128;

/**
 * Chunk vectors in an hnswlib index persisted under the data dir. The index is derived data:
 * SQLite is the source of truth, and `reconcile` (see sync-vector-index) repairs any drift after
 * a crash. A sidecar manifest lists live ids, because hnswlib still counts deleted points.
 */
export class VectorIndex {
  private constructor(
    private readonly index: HierarchicalNSW,
    private readonly live: Set<number>,
    readonly modelId: string,
    readonly dimensions: number,
    private readonly directory: string,
  ) {}

  /** Loads the saved index when it was built by the same model, else starts empty. */
  static open(options: { directory: string; modelId: string; dimensions: number }): VectorIndex {
    const { directory, modelId, dimensions } = options;
    const saved = readManifest(directory);
    const indexFile = path.join(directory, 'vectors.hnsw');
    const index = new HierarchicalNSW('cosine', dimensions);
    if (saved && saved.modelId === modelId && saved.dimensions === dimensions && fs.existsSync(indexFile)) {
      try {
        index.readIndexSync(indexFile, false);
        index.setEf(EF_SEARCH);
        return new VectorIndex(index, new Set(saved.ids), modelId, dimensions, directory);
      } catch {
        // A torn or foreign file: fall through and rebuild from the database.
      }
    }
    const fresh = new HierarchicalNSW('cosine', dimensions);
    fresh.initIndex({ maxElements: INITIAL_CAPACITY, m: M, efConstruction: EF_CONSTRUCTION, randomSeed: 42 });
    fresh.setEf(EF_SEARCH);
    return new VectorIndex(fresh, new Set(), modelId, dimensions, directory);
  }

  get size(): number {
    return this.live.size;
  }

  liveIds(): ReadonlySet<number> {
    return this.live;
  }

  add(items: Array<{ chunkId: number; vector: ArrayLike<number> }>): void {
    const needed = this.index.getCurrentCount() + items.length;
    if (needed > this.index.getMaxElements()) this.index.resizeIndex(Math.max(needed, this.index.getMaxElements() * 2));
    for (const { chunkId, vector } of items) {
      if (vector.length !== this.dimensions) throw new Error(`Vector has ${vector.length} dimensions, index expects ${this.dimensions}`);
      if (this.live.has(chunkId)) continue;
      this.index.addPoint(Array.from(vector), chunkId);
      this.live.add(chunkId);
    }
  }

  remove(chunkIds: Iterable<number>): void {
    for (const id of chunkIds) {
      if (!this.live.delete(id)) continue;
      try {
        this.index.markDelete(id);
      } catch {
        // Already deleted in a newer index file than the manifest (crash between renames).
      }
    }
  }

  search(vector: ArrayLike<number>, limit: number, accept?: (chunkId: number) => boolean): VectorHit[] {
    const k = Math.min(limit, this.index.getCurrentCount());
    if (k === 0 || this.live.size === 0) return [];
    const filter = (label: number) => this.live.has(label) && (accept ? accept(label) : true);
    const result = this.index.searchKnn(Array.from(vector), k, filter);
    return result.neighbors.map((chunkId, i) => ({ chunkId, score: 1 - (result.distances[i] ?? 1) }));
  }

  /** Atomic save: write beside, then rename, so a crash leaves the previous complete pair. */
  save(): void {
    fs.mkdirSync(this.directory, { recursive: true });
    const indexFile = path.join(this.directory, 'vectors.hnsw');
    const manifestFile = path.join(this.directory, 'vectors.json');
    this.index.writeIndexSync(`${indexFile}.tmp`);
    const manifest = { modelId: this.modelId, dimensions: this.dimensions, ids: [...this.live] };
    fs.writeFileSync(`${manifestFile}.tmp`, JSON.stringify(manifest));
    // Manifest last: a crash between the renames leaves a manifest that reconcile corrects.
    fs.renameSync(`${indexFile}.tmp`, indexFile);
    fs.renameSync(`${manifestFile}.tmp`, manifestFile);
  }

  fileBytes(): number {
    const file = path.join(this.directory, 'vectors.hnsw');
    return fs.existsSync(file) ? fs.statSync(file).size : 0;
  }
}

function readManifest(directory: string): z.infer<typeof manifestSchema> | null {
  const file = path.join(directory, 'vectors.json');
  if (!fs.existsSync(file)) return null;
  const parsed = manifestSchema.safeParse(safeJson(fs.readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
