import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { isAbort, type StreamHandlers } from '../api/client';
import type { Provenance, ResultMode } from '../api/types';

export type RunStatus = 'idle' | 'running' | 'done' | 'error' | 'cancelled';

export interface RunState<T> {
  status: RunStatus;
  /** Text streamed so far (delta events). */
  text: string;
  started: { mode: ResultMode; model: string | null } | null;
  progress: { stage: string; done: number; total: number } | null;
  result: T | null;
  error: unknown;
}

export interface Run<T> {
  state: RunState<T>;
  start(task: (handlers: StreamHandlers, signal: AbortSignal) => Promise<T>): Promise<void>;
  cancel(): void;
  reset(): void;
  submitRef: { current: HTMLButtonElement | null };
  cancelRef: { current: HTMLButtonElement | null };
  /** Where focus goes when the result is complete (the result heading, or the chat's message box). */
  headingRef: { current: HTMLElement | null };
  errorRef: { current: HTMLDivElement | null };
}

const IDLE = { status: 'idle', text: '', started: null, progress: null, result: null, error: null } as const;

/**
 * One streamed use-case call with cancel (AbortController; the service stops on disconnect) and
 * focus management: the cancel button gets focus while running; afterwards focus moves to the
 * result heading, the error, or back to the submit button, unless the user already moved it.
 */
export function useRun<T extends Provenance>(): Run<T> {
  const [state, setState] = useState<RunState<T>>(IDLE);
  const controller = useRef<AbortController | null>(null);
  const submitRef = useRef<HTMLButtonElement | null>(null);
  const cancelRef = useRef<HTMLButtonElement | null>(null);
  const headingRef = useRef<HTMLElement | null>(null);
  const errorRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  useEffect(() => {
    const active = document.activeElement;
    const focusIsFree = active === null || active === document.body || active === cancelRef.current || active === submitRef.current;
    if (state.status === 'running' && focusIsFree) cancelRef.current?.focus();
    if (!focusIsFree) return;
    if (state.status === 'done') headingRef.current?.focus();
    if (state.status === 'error') errorRef.current?.focus();
    if (state.status === 'cancelled') submitRef.current?.focus();
  }, [state.status]);

  const start = useCallback(async (task: (handlers: StreamHandlers, signal: AbortSignal) => Promise<T>) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ ...IDLE, status: 'running' });
    const handlers: StreamHandlers = {
      onStart: (started) => setState((previous) => ({ ...previous, started })),
      onProgress: (progress) => setState((previous) => ({ ...previous, progress })),
      onDelta: (text) => setState((previous) => ({ ...previous, text: previous.text + text })),
    };
    try {
      const result = await task(handlers, current.signal);
      if (controller.current === current) setState((previous) => ({ ...previous, status: 'done', result }));
    } catch (error) {
      if (controller.current !== current) return;
      if (isAbort(error)) setState((previous) => ({ ...previous, status: 'cancelled' }));
      else setState((previous) => ({ ...previous, status: 'error', error }));
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    setState(IDLE);
  }, []);

  return { state, start, cancel, reset, submitRef, cancelRef, headingRef, errorRef };
}
