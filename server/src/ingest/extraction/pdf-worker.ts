import { parentPort } from 'node:worker_threads';
import { extractPdf } from './extract-pdf';
import { ExtractionError } from './extraction-error';
import type { PdfJob, PdfReply } from './pdf-worker-protocol';

/**
 * pdf.js parses on the thread that calls it (a large PDF blocks for a second) and pdf-parse
 * installs polyfills over globals such as Array.prototype.push. Both stay in this worker.
 */
const port = parentPort;
if (!port) throw new Error('pdf-worker must run as a worker thread');

port.on('message', (job: PdfJob) => {
  extractPdf(job.bytes, job.maxPages).then(
    (document) => port.postMessage({ id: job.id, ok: true, document } satisfies PdfReply),
    (error: unknown) => {
      const reply: PdfReply = error instanceof ExtractionError
        ? { id: job.id, ok: false, reason: error.reason, detail: error.detail }
        : { id: job.id, ok: false, reason: null, detail: error instanceof Error ? error.message : String(error) };
      port.postMessage(reply);
    },
  );
});
