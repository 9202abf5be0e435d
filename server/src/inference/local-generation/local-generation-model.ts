import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { resolveWorkerScript, startLoadingWorker } from '../../platform/worker-script';
import {
  GenerationUnavailableError,
  type GenerationEvent,
  type GenerationRequest,
  type TextGenerationModel,
} from '../text-generation-model';
import { EventChannel } from './event-channel';
import type { WorkerCommand, WorkerReply, WorkerStartData } from './worker-protocol';

export interface LocalGenerationOptions {
  modelsDir: string;
  modelId: string;
  dtype?: 'fp32' | 'q8';
  /** Worker threads, each running one generation at a time. */
  concurrency: number;
  /** Requests allowed to wait for a worker; beyond that callers get `overloaded` (HTTP 429). */
  maxQueue: number;
  /** Longest wait in the queue before a request is turned away as overloaded. */
  queueTimeoutMs: number;
  /** Longest generation; after it the job is interrupted and finishes with `length`. */
  generationTimeoutMs: number;
  workerScript?: string;
}

interface Job {
  id: number;
  request: GenerationRequest;
  channel: EventChannel<GenerationEvent>;
  /** When a worker took the job (the generation deadline and Retry-After estimates count from here). */
  startedAt: number;
  timer?: NodeJS.Timeout;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

/**
 * transformers.js generation in worker threads behind a bounded queue, so the HTTP event loop
 * stays responsive. Cancelling (AbortSignal or the consumer stopping) reaches the worker, which
 * interrupts at the next token and is free for the next request at once.
 */
export class LocalGenerationModel implements TextGenerationModel {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextJobId = 1;
  private closed = false;
  private durations: number[] = [];

  private constructor(
    readonly modelId: string,
    readonly contextLength: number,
    private readonly options: LocalGenerationOptions,
  ) {}

  static async load(options: LocalGenerationOptions): Promise<LocalGenerationModel> {
    const script = options.workerScript ?? resolveGenerationWorkerScript();
    const started = await Promise.all(Array.from({ length: options.concurrency }, () => startWorker(script, options)));
    const model = new LocalGenerationModel(options.modelId, started[0]?.contextLength ?? 2048, { ...options, workerScript: script });
    for (const { worker } of started) model.attach(worker);
    return model;
  }

  /** Queue and worker state for /health. */
  state(): { workers: number; busy: number; queued: number; maxQueue: number } {
    return { workers: this.slots.length, busy: this.slots.filter((slot) => slot.job).length, queued: this.queue.length, maxQueue: this.options.maxQueue };
  }

  generate(request: GenerationRequest): AsyncIterable<GenerationEvent> {
    if (this.closed) throw new GenerationUnavailableError('no-model', 'The generation model has been shut down.');
    if (request.signal?.aborted) throw new GenerationUnavailableError('timeout', 'The request was cancelled before it started.');
    const idle = this.slots.find((slot) => !slot.job);
    if (!idle && this.queue.length >= this.options.maxQueue) {
      throw new GenerationUnavailableError('overloaded', 'All generation slots are busy and the queue is full.', this.retryAfterSeconds());
    }
    const job: Job = { id: this.nextJobId++, request, channel: new EventChannel(() => this.cancel(job)), startedAt: 0 };
    request.signal?.addEventListener('abort', () => this.cancel(job), { once: true });
    if (idle) this.run(idle, job);
    else {
      job.timer = setTimeout(() => this.expire(job), this.options.queueTimeoutMs);
      this.queue.push(job);
    }
    return job.channel;
  }

  /** Cancels running jobs and lets them finish (terminating onnxruntime mid-run aborts the process). */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.channel.fail(new GenerationUnavailableError('no-model', 'The service is shutting down.'));
    for (const slot of this.slots) if (slot.job) this.cancel(slot.job);
    const deadline = Date.now() + 5_000;
    while (this.slots.some((slot) => slot.job) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private attach(worker: Worker): void {
    const slot: Slot = { worker, job: null };
    this.slots.push(slot);
    worker.on('message', (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on('error', (error) => this.onWorkerDied(slot, error));
    worker.on('exit', (code) => {
      if (!this.closed) this.onWorkerDied(slot, new Error(`generation worker exited with code ${code}`));
    });
  }

  private run(slot: Slot, job: Job): void {
    slot.job = job;
    job.startedAt = Date.now();
    const { messages, settings } = job.request;
    const command: WorkerCommand = { type: 'generate', jobId: job.id, messages, settings };
    slot.worker.postMessage(command);
    const deadline = setTimeout(() => this.cancel(job), this.options.generationTimeoutMs);
    deadline.unref();
    job.timer = deadline;
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    const job = slot.job;
    if (!job || !('jobId' in reply) || reply.jobId !== job.id) return;
    if (reply.type === 'text-delta') job.channel.push({ type: 'text-delta', text: reply.text });
    else if (reply.type === 'finish') {
      const cancelledByDeadline = reply.finishReason === 'cancelled' && !job.request.signal?.aborted && Date.now() - job.startedAt >= this.options.generationTimeoutMs;
      job.channel.push({ type: 'finish', finishReason: cancelledByDeadline ? 'length' : reply.finishReason, usage: reply.usage });
      job.channel.end();
      this.release(slot, job);
    } else if (reply.type === 'failed') {
      job.channel.fail(new Error(`Generation failed: ${reply.message}`));
      this.release(slot, job);
    }
  }

  private release(slot: Slot, job: Job): void {
    clearTimeout(job.timer);
    this.durations = [...this.durations.slice(-19), Date.now() - job.startedAt];
    slot.job = null;
    const next = this.queue.shift();
    if (next) {
      clearTimeout(next.timer);
      this.run(slot, next);
    }
  }

  private cancel(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued !== -1) {
      this.queue.splice(queued, 1);
      clearTimeout(job.timer);
      job.channel.end();
      return;
    }
    const slot = this.slots.find((candidate) => candidate.job === job);
    if (slot) slot.worker.postMessage({ type: 'cancel', jobId: job.id } satisfies WorkerCommand);
  }

  private expire(job: Job): void {
    const index = this.queue.indexOf(job);
    if (index === -1) return;
    this.queue.splice(index, 1);
    job.channel.fail(new GenerationUnavailableError('overloaded', 'Waited too long for a free generation slot.', this.retryAfterSeconds()));
  }

  private onWorkerDied(slot: Slot, error: Error): void {
    const index = this.slots.indexOf(slot);
    if (index === -1) return;
    this.slots.splice(index, 1);
    if (slot.job) slot.job.channel.fail(new GenerationUnavailableError('backend-down', `The generation worker failed: ${error.message}`));
    if (this.closed) return;
    void startWorker(this.options.workerScript as string, this.options).then(
      ({ worker }) => {
        this.attach(worker);
        const next = this.queue.shift();
        const fresh = this.slots.at(-1);
        if (next && fresh) this.run(fresh, next);
      },
      () => undefined,
    );
  }

  /** A rough wait estimate from recent job durations, for Retry-After. */
  private retryAfterSeconds(): number {
    const average = this.durations.length ? this.durations.reduce((a, b) => a + b, 0) / this.durations.length : 2000;
    return Math.max(1, Math.ceil((average * (this.queue.length + 1)) / Math.max(1, this.slots.length) / 1000));
  }
}

async function startWorker(script: string, options: LocalGenerationOptions): Promise<{ worker: Worker; contextLength: number }> {
  // Workers share the cores: oversubscribed onnxruntime thread pools halved throughput under load (bench/RESULTS.md).
  const intraOpThreads = Math.max(1, Math.floor(os.availableParallelism() / options.concurrency));
  const data: WorkerStartData = { modelsDir: options.modelsDir, modelId: options.modelId, dtype: options.dtype ?? 'fp32', intraOpThreads };
  const { worker, ready } = await startLoadingWorker<{ contextLength: number }>(script, data, (message, cause) =>
    cause ?? new GenerationUnavailableError('no-model', `Model "${options.modelId}" could not be loaded: ${message}`));
  return { worker, contextLength: ready.contextLength };
}

/** The generation worker script (compiled). */
export function resolveGenerationWorkerScript(): string {
  return resolveWorkerScript(__dirname, 'generation-worker.js');
}
