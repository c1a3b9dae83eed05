// Waits for a load that belongs to a key (this widget's later texts in one language, with or without the screens
// chunk that needs them). `ready` says whether it is in; until then `load` runs, once per key. Only a failure of the
// current key's load counts: a new key (a language switch) waits for its own load instead of showing the last
// one's failure. The webmaster gets `failure` with the error in the console.
import { useEffect, useState } from 'preact/hooks';

export type KeyedLoadState = 'ready' | 'waiting' | 'failed';

export function useKeyedLoad(key: object, ready: boolean, load: () => Promise<unknown>, failure: string): KeyedLoadState {
  // Which key's load settled last, and how: a success only re-renders (then `ready` holds).
  const [settled, setSettled] = useState<{ key: object; failed: boolean } | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    load().then(
      () => live && setSettled({ key, failed: false }),
      (error: unknown) => {
        console.error(failure, error);
        if (live) setSettled({ key, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [key, ready]);
  if (ready) return 'ready';
  return settled?.key === key && settled.failed ? 'failed' : 'waiting';
}
