import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';

/**
 * Path of a compiled worker script. In dist/ it sits next to the caller; under Jest the caller is
 * a TypeScript source in server/src, so the built copy in dist/ is used (npm test builds first).
 */
export function resolveWorkerScript(callerDirectory: string, fileName: string): string {
  const sibling = path.join(callerDirectory, fileName);
  if (fs.existsSync(sibling)) return sibling;
  const sourceRoot = path.resolve(__dirname, '..');
  const relative = path.relative(sourceRoot, callerDirectory);
  const built = path.resolve(sourceRoot, '../../dist', relative, fileName);
  if (fs.existsSync(built)) return built;
  throw new Error(`Worker script not found (looked at ${sibling} and ${built}); run "npm run build"`);
}

/** The first message a model worker sends: ready (with what it reports) or why loading failed. */
export type WorkerLoadReply<Ready> = ({ type: 'ready' } & Ready) | { type: 'load-failed'; message: string };

/**
 * Starts a worker that loads something before it can serve, and waits for its `ready` message.
 * A `load-failed` message or a crash during loading rejects with the error `loadError` builds.
 */
export function startLoadingWorker<Ready>(
  script: string,
  workerData: unknown,
  loadError: (message: string, cause?: Error) => Error,
): Promise<{ worker: Worker; ready: Ready }> {
  const worker = new Worker(script, { workerData });
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerLoadReply<Ready>) => {
      if (reply.type === 'load-failed') {
        void worker.terminate();
        reject(loadError(reply.message));
      } else if (reply.type === 'ready') {
        worker.off('message', onMessage);
        resolve({ worker, ready: reply });
      }
    };
    worker.on('message', onMessage);
    worker.once('error', (error) => reject(loadError(error.message, error)));
  });
}
