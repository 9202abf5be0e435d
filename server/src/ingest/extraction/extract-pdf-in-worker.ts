import { Worker } from 'node:worker_threads';
import { resolveWorkerScript } from '../../platform/worker-script';
import { ExtractionError } from './extraction-error';
import type { PdfJob, PdfReply } from './pdf-worker-protocol';
import type { ExtractedDocument } from './types';

interface Pending {
  resolve: (document: ExtractedDocument) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

/**
 * Extracts a PDF in a long-lived worker thread (started on first use, not keeping the process
 * alive). A crashed worker fails its jobs and is replaced on the next call.
 */
export function extractPdfInWorker(bytes: Uint8Array, maxPages: number): Promise<ExtractedDocument> {
  const thread = worker ?? startWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    const copy = Uint8Array.from(bytes);
    thread.postMessage({ id, bytes: copy, maxPages } satisfies PdfJob, [copy.buffer]);
    thread.ref();
  });
}

function startWorker(): Worker {
  const thread = new Worker(resolveWorkerScript(__dirname, 'pdf-worker.js'));
  thread.unref();
  thread.on('message', (reply: PdfReply) => {
    const job = pending.get(reply.id);
    if (!job) return;
    pending.delete(reply.id);
    if (pending.size === 0) thread.unref();
    if (reply.ok) job.resolve(reply.document);
    else if (reply.reason) job.reject(new ExtractionError(reply.reason, reply.detail));
    else job.reject(new Error(`PDF extraction failed: ${reply.detail}`));
  });
  const fail = (error: Error) => {
    if (worker === thread) worker = null;
    for (const job of pending.values()) job.reject(error);
    pending.clear();
  };
  thread.on('error', fail);
  thread.on('exit', (code) => fail(new Error(`PDF worker exited with code ${code}`)));
  worker = thread;
  return thread;
}
