// Browser Back and Forward move between the resident's steps. Each step gets a history entry that holds only
// this widget's tag and the entry's number ({ vw, n }): no answer, no change of the address. The steps
// themselves stay in this widget's memory, so Back on a phone goes one question back instead of leaving the
// page, and Forward returns to a step already answered, with the answers as they are now.
import { useEffect, useRef } from 'preact/hooks';
import type { Flow, FlowState } from './use-flow.ts';

interface Entry {
  vw: string;
  n: number;
}

const isEntry = (state: unknown): state is Entry =>
  typeof state === 'object' &&
  state !== null &&
  typeof (state as Entry).vw === 'string' &&
  typeof (state as Entry).n === 'number';

/** A tag per mounted widget: two widgets on one page never take each other's entries. A restart that cannot
 *  walk back takes a new tag, so the old entries are no longer this widget's. */
const newTag = () => `vw-${Math.random().toString(36).slice(2, 10)}`;

export function useStepHistory(flow: Flow, enabled: boolean): void {
  const tag = useRef('');
  if (!tag.current) tag.current = newTag();
  /** The step of each of our entries, by number; entry 0 is the one the page had when the widget started. */
  const steps = useRef<FlowState[]>([]);
  const at = useRef(0);
  /** Pops we caused ourselves (Vorige, restart), so the step is not restored a second time. */
  const ownPops = useRef(0);
  /** The address of our entries (they never change it): a popstate elsewhere is the host page's own. */
  const address = useRef('');
  /** Our entries follow each other in the browser's history, nobody else's between them. Only then does walking
   *  back (Vorige, a restart) land on our own entries; another widget on the page may have pushed in between. */
  const contiguous = useRef(true);
  const latest = useRef(flow);
  latest.current = flow;
  const { state } = flow;

  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const history = window.history;
    const mark = (n: number) => ({ vw: tag.current, n });
    /** The browser is on our newest entry, and the ones before it back to the start are ours too. */
    const canWalkBack = () => {
      if (!contiguous.current) return false;
      // A walk back of ours is still on its way (history.back() is asynchronous): it lands on our entry at.current.
      if (ownPops.current > 0) return true;
      const entry: unknown = history.state;
      return isEntry(entry) && entry.vw === tag.current && entry.n === at.current;
    };
    /** This step as our next entry; entries after it (Forward) are gone. */
    const record = () => {
      at.current++;
      steps.current.length = at.current;
      steps.current[at.current] = state;
    };
    const push = () => {
      // On top of an entry that is not our newest (another widget's, the host's), our entries are no longer in a row.
      if (at.current > 0 && !canWalkBack()) contiguous.current = false;
      record();
      history.pushState(mark(at.current), '');
    };
    if (state.entry !== 'pop') address.current = window.location.href;
    switch (state.entry) {
      case 'pop':
        return;
      case 'push':
        push();
        return;
      case 'adopt':
        // A pasted link already made its own entry (the fragment change): that entry becomes this step.
        record();
        history.replaceState(mark(at.current), '');
        return;
      case 'back':
        if (at.current > 0 && canWalkBack()) {
          // Vorige moves the browser one entry back too, so Forward returns to the step we came from.
          at.current--;
          steps.current[at.current] = state;
          ownPops.current++;
          history.back();
        } else {
          // On the page's own entry, or one entry back would be another widget's step (and move that widget):
          // a new entry instead.
          push();
        }
        return;
      case 'reset': {
        // "Opnieuw beginnen" goes back to the page's own entry: Back or Forward never shows wiped answers.
        const back = at.current;
        const walk = back > 0 && canWalkBack();
        steps.current = [state];
        at.current = 0;
        if (walk) {
          ownPops.current++;
          history.go(-back);
        } else if (back > 0) {
          // Walking back would land among another widget's entries: leave them, and disown ours instead.
          tag.current = newTag();
          contiguous.current = true;
        }
        return;
      }
      case 'replace':
        steps.current.length = at.current + 1;
        steps.current[at.current] = state;
    }
  }, [state.step, enabled]);

  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const onPop = (event: PopStateEvent) => {
      if (ownPops.current > 0) {
        ownPops.current--;
        return;
      }
      const entry = event.state;
      let n: number;
      if (isEntry(entry)) {
        if (entry.vw !== tag.current) return; // another widget's step
        n = entry.n;
      } else {
        // An entry without our tag at another address is the host page's (an anchor, a pasted link whose
        // hashchange follows); at our address it is the page's own entry from before the first step.
        if (window.location.href !== address.current) return;
        n = 0;
      }
      const step = steps.current[n];
      if (!step || n === at.current) return;
      at.current = n;
      latest.current.restore(step);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [enabled]);
}
