// Reads a `#vw=` link when the widget starts and whenever the fragment changes (a link pasted into an open
// tab), then takes it out of the address bar at once, whether it is opened or refused.
import { useEffect, useRef } from 'preact/hooks';
import type { RulesFile } from '../engine/types.ts';
import { type DecodeResult, decodeFragment } from '../pro/handoff-link.ts';
import { takeFragment } from './fragment.ts';

/** `onLink` gets each link found, with `pasted` true when it came while the widget was open. */
export function useLinkFragment(file: RulesFile, enabled: boolean, onLink: (link: DecodeResult, pasted: boolean) => void): void {
  const latest = useRef(onLink);
  latest.current = onLink;
  useEffect(() => {
    if (!enabled || typeof window === 'undefined') return;
    const read = (pasted: boolean) => {
      const link = decodeFragment(file, takeFragment(window));
      if (link) latest.current(link, pasted);
    };
    read(false);
    const onHashChange = () => read(true);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [file, enabled]);
}
