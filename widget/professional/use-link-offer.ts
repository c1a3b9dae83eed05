// A #vw= link in the wijkteam view is offered, not opened: at the start, or pasted into the open tab, it is
// taken out of the address bar at once (useLinkFragment) and kept here until the worker opens or declines it.
import { useCallback, useState } from 'preact/hooks';
import type { RulesFile } from '../engine/types.ts';
import type { DecodeResult } from '../links/handoff-link.ts';
import { useLinkFragment } from '../links/use-link-fragment.ts';

export interface LinkOffer {
  /** The link waiting for the worker's choice (a refused one too, to say why), or null. */
  offer: DecodeResult | null;
  /** Takes the waiting link away and returns it, for the caller to open. */
  take: () => DecodeResult | null;
  decline: () => void;
}

export function useLinkOffer(file: RulesFile): LinkOffer {
  const [offer, setOffer] = useState<DecodeResult | null>(null);
  useLinkFragment(
    useCallback(() => Promise.resolve(file), [file]),
    true,
    setOffer,
  );
  return {
    offer,
    take: () => {
      setOffer(null);
      return offer;
    },
    decline: () => setOffer(null),
  };
}
