// An effect that awaits something (a lazy chunk, a file, a slow computation) and keeps what it gives. A run
// whose inputs have changed since, or whose component is gone, is aborted and its result dropped, so a slow
// old answer never overwrites a newer one.
import { type Inputs, useEffect, useState } from 'preact/hooks';

export interface AsyncState<T> {
  /** 'idle': `run` had nothing to do (returned null). */
  status: 'idle' | 'pending' | 'done' | 'failed';
  /** The newest successful result. It stays while a newer run is pending or after it failed (no flicker),
   *  and is cleared when `run` has nothing to do. */
  value: T | undefined;
  error?: unknown;
}

const IDLE = { status: 'idle', value: undefined } as const;

/** Runs `run` whenever `deps` change. `signal` aborts with the run: pass it to timers or fetches. */
export function useAsync<T>(run: (signal: AbortSignal) => Promise<T> | null, deps: Inputs): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>(IDLE);
  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const pending = run(signal);
    if (!pending) {
      setState(IDLE);
      return;
    }
    setState((s) => (s.status === 'pending' ? s : { status: 'pending', value: s.value }));
    pending.then(
      (value) => signal.aborted || setState({ status: 'done', value }),
      (error: unknown) => signal.aborted || setState((s) => ({ status: 'failed', value: s.value, error })),
    );
    return () => controller.abort();
  }, deps);
  return state;
}
