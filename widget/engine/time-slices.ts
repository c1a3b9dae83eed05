// Long work in slices that give the page back: compiling a big rules file and evaluating it must not block
// the host page's input for more than a few milliseconds at a time. Work is written once, as a generator that
// yields at safe points; `runToEnd` drives it in one go (tests, CLI), `runInSlices` pauses at those points
// whenever the current slice has used its budget.

/** Time per slice before giving the main thread back: well under a frame, so typing stays smooth. */
export const SLICE_MS = 8;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Give the main thread back for one task: `scheduler.yield()` where the browser has it (the continuation
 * keeps its priority), else a MessageChannel message (a fresh task without setTimeout's 4 ms clamp), else
 * setTimeout(0). Each channel is closed after use, so Node's event loop is never held open.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A clock for one piece of async work: `await slice.pause()` yields only when the budget is used up. */
export function createSlicer(budgetMs = SLICE_MS) {
  let start = performance.now();
  return {
    get due() {
      return performance.now() - start >= budgetMs;
    },
    async pause(): Promise<void> {
      if (performance.now() - start < budgetMs) return;
      await yieldToMain();
      start = performance.now();
    },
  };
}

/** Run a step generator to its end without pausing. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Run a step generator, giving the main thread back whenever a slice is used up; it starts with a yield, so
 *  whatever was rendered before it can paint first. */
export async function runInSlices<T>(steps: Generator<void, T>, budgetMs = SLICE_MS): Promise<T> {
  await yieldToMain();
  const slice = createSlicer(budgetMs);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await slice.pause();
  }
}
