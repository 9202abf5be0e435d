import type { ChatMessage, FinishReason, GenerationSettings, GenerationUsage } from '../text-generation-model';

/** Data the worker starts with. */
export interface WorkerStartData {
  modelsDir: string;
  modelId: string;
  dtype: 'fp32' | 'q8';
  /** onnxruntime intra-op threads per worker: cores shared among the workers. */
  intraOpThreads: number;
}

/** Main thread → worker. */
export type WorkerCommand =
  | { type: 'generate'; jobId: number; messages: ChatMessage[]; settings: GenerationSettings }
  | { type: 'cancel'; jobId: number };

/** Worker → main thread. */
export type WorkerReply =
  | { type: 'ready'; contextLength: number; loadMs: number }
  | { type: 'load-failed'; message: string }
  | { type: 'text-delta'; jobId: number; text: string }
  | { type: 'finish'; jobId: number; finishReason: FinishReason; usage: GenerationUsage }
  | { type: 'failed'; jobId: number; message: string };
