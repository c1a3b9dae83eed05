// Runs checks off the page's thread with a time limit. A worker cannot be interrupted, so a check that takes
// too long, or that a newer text makes pointless, ends by terminating the worker; the next check starts a new one.
import { type CheckMessage, type CheckRequest, type CheckStep, runCheckJob } from './check-job.ts';

export interface CheckLimits {
  /** Milliseconds for a new worker to load its code (the first check, and after a stop); not the file's fault. */
  start: number;
  /** Milliseconds for the check itself (schema, meaning, example households), from the moment it starts. */
  check: number;
  /** Milliseconds for the impact preview after it. */
  impact: number;
}

export const DEFAULT_LIMITS: CheckLimits = { start: 60000, check: 5000, impact: 30000 };

export type RunnerEvent = CheckMessage | { id: number; type: 'timeout'; step: CheckStep };

export interface CheckRunner {
  /** Starts a check; returns a function that cancels it. Only the latest check reports. */
  start(request: Omit<CheckRequest, 'id'>, on: (e: RunnerEvent) => void): () => void;
  dispose(): void;
}

export interface WorkerLike {
  postMessage(m: CheckRequest): void;
  terminate(): void;
  onmessage: ((e: MessageEvent<CheckMessage>) => void) | null;
  onerror: ((e: ErrorEvent) => void) | null;
}

const makeWorker = (): WorkerLike =>
  new Worker(new URL('./check-worker.ts', import.meta.url), { type: 'module', name: 'regels-controle' });

export function workerRunner(make: () => WorkerLike = makeWorker, limits: CheckLimits = DEFAULT_LIMITS): CheckRunner {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  let current: {
    id: number;
    on: (e: RunnerEvent) => void;
    timer: ReturnType<typeof setTimeout> | undefined;
    done: boolean;
  } | null = null;

  const kill = () => {
    worker?.terminate();
    worker = null;
  };
  const arm = (step: CheckStep, ms: number) => {
    const job = current;
    if (!job) return;
    clearTimeout(job.timer);
    job.timer = setTimeout(() => {
      kill();
      job.done = true;
      job.on({ id: job.id, type: 'timeout', step });
    }, ms);
  };
  const handle = (m: CheckMessage) => {
    const job = current;
    if (!job || m.id !== job.id || job.done) return;
    if (m.type === 'step') arm(m.step, m.step === 'gevolgen' ? limits.impact : limits.check);
    if (m.type === 'impact' || m.type === 'failed') {
      clearTimeout(job.timer);
      job.done = true;
    }
    job.on(m);
  };

  return {
    start(request, on) {
      // A worker still busy with an older text cannot be stopped any other way.
      if (current && !current.done) {
        clearTimeout(current.timer);
        kill();
      }
      if (!worker) {
        const w = make();
        w.onmessage = (e) => handle(e.data);
        w.onerror = (e) => {
          e.preventDefault?.();
          const job = current;
          if (job) handle({ id: job.id, type: 'failed', message: e.message || 'de controle is gestopt' });
          kill();
        };
        worker = w;
      }
      const id = nextId++;
      current = { id, on, timer: undefined, done: false };
      arm('controle', limits.start);
      worker.postMessage({ ...request, id });
      return () => {
        if (current?.id !== id) return;
        clearTimeout(current.timer);
        if (!current.done) kill();
        current = null;
      };
    },
    dispose() {
      if (current) clearTimeout(current.timer);
      current = null;
      kill();
    },
  };
}

/** The same job on the page's own thread, without a time limit: for tests and browsers without workers. */
export function inThreadRunner(): CheckRunner {
  let nextId = 1;
  let latest = 0;
  return {
    start(request, on) {
      const id = nextId++;
      latest = id;
      void runCheckJob({ ...request, id }, (m) => {
        if (latest === id) on(m);
      });
      return () => {
        if (latest === id) latest = 0;
      };
    },
    dispose() {
      latest = 0;
    },
  };
}
