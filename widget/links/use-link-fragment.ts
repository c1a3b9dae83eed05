// Reads a `#vw=` link when the widget starts and whenever the fragment changes (a link pasted into an open
// tab), then takes it out of the address bar at once, whether it is opened or refused. The decoder is loaded
// only when there is a link: most visits have none, and the initial load has a size budget. A link is bound to the
// whole rules file (rules-binding.ts), so `wholeFile` gives it with its regelingen (staged-rules.ts).
import { useEffect, useRef } from 'preact/hooks';
import type { RulesFile } from '../engine/types.ts';
import { takeFragment } from './fragment.ts';
import type { DecodeResult } from './handoff-link.ts';

/** `onLink` gets each link found, with `pasted` true when it came while the widget was open. */
export function useLinkFragment(
  wholeFile: () => Promise<RulesFile>,
  enabled: boolean,
  onLink: (link: DecodeResult, pasted: boolean) => void,
): void {
  const latest = useRef(onLink);
  latest.current = onLink;
  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    let live = true;
    const read = (pasted: boolean) => {
      const fragment = takeFragment(window);
      if (fragment.kind === 'none') return;
      Promise.all([import('./handoff-link.ts'), wholeFile()])
        .then(([{ decodeFragment }, file]) => {
          const link = decodeFragment(file, fragment);
          if (live && link) latest.current(link, pasted);
        })
        .catch((error: unknown) => console.error('[voorzieningen-wijzer] De link kon niet worden gelezen:', error));
    };
    read(false);
    const onHashChange = () => read(true);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      live = false;
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [wholeFile, enabled]);
}
