export interface EmbeddingWorkerStart {
  modelsDir: string;
  modelId: string;
  quantized: boolean;
}

export type EmbeddingWorkerReply =
  | { type: 'ready'; dimensions: number }
  | { type: 'load-failed'; message: string }
  | { type: 'vectors'; id: number; data: Float32Array; dimensions: number }
  | { type: 'failed'; id: number; message: string };

export interface EmbeddingJob {
  id: number;
  texts: string[];
}
