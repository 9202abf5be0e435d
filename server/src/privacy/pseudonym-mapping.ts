import { inspect } from 'node:util';

/**
 * Placeholder → original value for one request. The values are personal data: the mapping lives in
 * memory for the request only, and it refuses to show its contents to JSON.stringify, util.inspect
 * (console.log) and hence to loggers — only its size.
 */
export class PseudonymMapping {
  readonly #originals = new Map<string, string>();

  get size(): number {
    return this.#originals.size;
  }

  /** The original value behind a canonical placeholder such as "[PERSON_1]". */
  get(placeholder: string): string | undefined {
    return this.#originals.get(placeholder);
  }

  has(placeholder: string): boolean {
    return this.#originals.has(placeholder);
  }

  placeholders(): string[] {
    return [...this.#originals.keys()];
  }

  /** Only the pseudonymiser adds entries. */
  set(placeholder: string, original: string): void {
    this.#originals.set(placeholder, original);
  }

  toJSON(): { size: number } {
    return { size: this.size };
  }

  [inspect.custom](): string {
    return `PseudonymMapping { size: ${this.size} }`;
  }
}
