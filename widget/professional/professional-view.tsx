// Wijkteam mode (mode="professional"): one session at a time (professional-session.tsx), and the wipes that
// end it, by the worker's button or after the idle minutes.
import { useCallback, useState } from 'preact/hooks';
import { clearPayloadFromAddress } from '../links/fragment.ts';
import { useWidget } from '../shared/context.ts';
import { ProfessionalSession, type Wipe } from './professional-session.tsx';

export interface ProfessionalViewProps {
  /** The configured peildatum; omitted = today in Europe/Amsterdam. */
  date?: string;
  /** Idle minutes before the wipe; 0 = off. */
  idleMinutes: number;
}

/** How many wipes so far (the key of the session) and why the last one happened. */
function useWipes() {
  const [wipes, setWipes] = useState<{ count: number; why: Wipe | null }>({ count: 0, why: null });
  const onWipe = useCallback((why: Wipe) => {
    clearPayloadFromAddress();
    setWipes((w) => ({ count: w.count + 1, why }));
  }, []);
  return { ...wipes, onWipe };
}

/** A wipe throws the whole session away and mounts a fresh one: new state, new DOM nodes, new closures. Only
 *  resetting the state left the typed income in the heap (a detached radio kept the old onChange closure and
 *  its drafts alive), which a forced GC then still found (tests/browser/wipe-heap.test.ts). */
export function ProfessionalView(props: ProfessionalViewProps) {
  const { t } = useWidget();
  const wipes = useWipes();
  return (
    <>
      <ProfessionalSession key={wipes.count} {...props} wiped={wipes.why !== null} onWipe={wipes.onWipe} />
      <div class="vw-visually-hidden" role="status">
        {wipes.why && t(wipes.why === 'idle' ? 'professional.wipe.idleDone' : 'professional.wipe.done')}
      </div>
    </>
  );
}
