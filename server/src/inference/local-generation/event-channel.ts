/**
 * A push-to-pull bridge: producers push events, one consumer iterates them. `onReturn` runs when
 * the consumer stops early (break, or an aborted HTTP response), so producers can cancel work.
 */
export class EventChannel<T> implements AsyncIterable<T> {
  private readonly buffered: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | null = null;
  private done = false;
  private failure: unknown = null;

  constructor(private readonly onReturn: () => void = () => undefined) {}

  push(event: T): void {
    if (this.done) return;
    if (this.waiting) {
      this.waiting.resolve({ value: event, done: false });
      this.waiting = null;
    } else this.buffered.push(event);
  }

  end(): void {
    this.done = true;
    this.waiting?.resolve({ value: undefined, done: true });
    this.waiting = null;
  }

  fail(error: unknown): void {
    if (this.done) return;
    this.failure = error;
    this.done = true;
    this.waiting?.reject(error);
    this.waiting = null;
  }

  [Symbol.asyncIterator](): AsyncIterator<T> {
    return {
      next: () => {
        const event = this.buffered.shift();
        if (event !== undefined) return Promise.resolve({ value: event, done: false });
        if (this.failure) return Promise.reject(this.failure);
        if (this.done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => {
          this.waiting = { resolve, reject };
        });
      },
      return: () => {
        if (!this.done) this.onReturn();
        this.done = true;
        this.buffered.length = 0;
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
