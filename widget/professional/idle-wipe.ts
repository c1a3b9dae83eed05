// Wipes the widget after a quiet time on a shared computer. Any input, key or pointer inside the widget
// restarts the clock; 0 minutes is off. Events are listened for on the widget's own root only.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

const ACTIVITY = ['input', 'keydown', 'pointerdown', 'change'] as const;

/** Starts the idle clock on `target`; returns stop(). */
export function startIdleTimer(target: EventTarget, minutes: number, onIdle: () => void): () => void {
  if (!(minutes > 0)) return () => {};
  const ms = Math.round(minutes * 60_000);
  let timer = setTimeout(onIdle, ms);
  const reset = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  for (const name of ACTIVITY) target.addEventListener(name, reset, true);
  return () => {
    clearTimeout(timer);
    for (const name of ACTIVITY) target.removeEventListener(name, reset, true);
  };
}

/** The idle clock as a hook on an element; `onIdle` may change between renders. */
export function useIdleWipe(ref: RefObject<HTMLElement | null>, minutes: number, onIdle: () => void): void {
  const latest = useRef(onIdle);
  latest.current = onIdle;
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    return startIdleTimer(el, minutes, () => latest.current());
  }, [minutes]);
}
