/**
 * The small interface retrieval depends on (shaped like LangChain's EmbeddingsInterface).
 * Vectors are L2-normalised so that cosine similarity is a dot product.
 */
export interface EmbeddingModel {
  readonly modelId: string;
  readonly dimensions: number;
  embedDocuments(texts: string[]): Promise<number[][]>;
  embedQuery(text: string): Promise<number[]>;
}

/** Raised when a configured model cannot be loaded from the local models directory. */
export class ModelLoadError extends Error {
  constructor(
    readonly modelId: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`Model "${modelId}" could not be loaded: ${detail}`, options);
    this.name = 'ModelLoadError';
  }
}
