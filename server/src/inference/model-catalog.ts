import type { EmbeddingModel } from './embedding-model';
import type { TextGenerationModel } from './text-generation-model';

export interface CatalogEntry {
  id: string;
  task: 'generation' | 'embedding';
  backend: 'transformers' | 'openai-compatible';
}

/** The models this service serves, by id; built once at start from config and the registry. */
export class ModelCatalog {
  private readonly generationModels = new Map<string, { model: TextGenerationModel; backend: CatalogEntry['backend'] }>();
  private readonly embeddingModels = new Map<string, { model: EmbeddingModel; backend: CatalogEntry['backend'] }>();

  constructor(private readonly defaultGenerationId: string | null = null) {}

  addGeneration(model: TextGenerationModel, backend: CatalogEntry['backend']): this {
    this.generationModels.set(model.modelId, { model, backend });
    return this;
  }

  addEmbedding(model: EmbeddingModel, backend: CatalogEntry['backend']): this {
    this.embeddingModels.set(model.modelId, { model, backend });
    return this;
  }

  generation(id: string): TextGenerationModel | null {
    return this.generationModels.get(id)?.model ?? null;
  }

  embedding(id: string): EmbeddingModel | null {
    return this.embeddingModels.get(id)?.model ?? null;
  }

  /** The model the assistant functions use; null means degraded (extractive) mode. */
  defaultGeneration(): TextGenerationModel | null {
    return this.defaultGenerationId ? this.generation(this.defaultGenerationId) : null;
  }

  entries(): CatalogEntry[] {
    return [
      ...[...this.generationModels].map(([id, { backend }]) => ({ id, task: 'generation' as const, backend })),
      ...[...this.embeddingModels].map(([id, { backend }]) => ({ id, task: 'embedding' as const, backend })),
    ];
  }
}
