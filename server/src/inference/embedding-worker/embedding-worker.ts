import { parentPort, workerData } from 'node:worker_threads';
import { TransformersEmbeddingModel } from '../transformers-embedding-model';
import type { EmbeddingJob, EmbeddingWorkerReply, EmbeddingWorkerStart } from './embedding-worker-protocol';

/** onnxruntime's run() blocks its thread: embedding batches run here, not on the HTTP thread. */
const port = parentPort;
if (!port) throw new Error('embedding-worker must run as a worker thread');
const start = workerData as EmbeddingWorkerStart;
const send = (reply: EmbeddingWorkerReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer);

TransformersEmbeddingModel.load(start).then(
  (model) => {
    send({ type: 'ready', dimensions: model.dimensions });
    let chain: Promise<void> = Promise.resolve();
    port.on('message', (job: EmbeddingJob) => {
      chain = chain.then(async () => {
        try {
          const vectors = await model.embedDocuments(job.texts);
          const data = new Float32Array(vectors.length * model.dimensions);
          vectors.forEach((vector, row) => data.set(vector, row * model.dimensions));
          send({ type: 'vectors', id: job.id, data, dimensions: model.dimensions }, [data.buffer]);
        } catch (error) {
          send({ type: 'failed', id: job.id, message: error instanceof Error ? error.message : String(error) });
        }
      });
    });
  },
  (error: unknown) => send({ type: 'load-failed', message: error instanceof Error ? error.message : String(error) }),
);
