// "After the next paint" for work that must not delay a frame: the entry builds the app after its first screen,
// the resident flow fetches the results chunk after the first question. An effect alone is not enough: on a slow
// phone preact runs it before the frame (its 100 ms fallback). Plain DOM, no preact: the entry uses it.

/** Resolves in the task after the next frame has painted; at the latest after 200 ms, because a hidden tab
 *  paints no frames and what waits must still happen. */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => resolve();
    setTimeout(done, 200);
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(done, 0));
  });
}
