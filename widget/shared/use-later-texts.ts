// Waits for the later part of this widget's interface texts (shared/context.ts, widget/i18n/text-parts.ts): a
// component that shows a key of a later group before the results (a refused link on the intro) renders only once
// they are in, so no key ever shows raw. A chunk that does not load gives 'failed', and the webmaster a console line.
import { useEffect, useState } from 'preact/hooks';
import type { LaterTexts } from '../i18n/create-i18n.ts';
import { useWidget } from './context.ts';

export type LaterTextsState = 'ready' | 'waiting' | 'failed';

export function useLaterTexts(): LaterTextsState {
  const { laterTexts } = useWidget();
  // Which load settled last, so a new language (a new laterTexts) waits for its own.
  const [settled, setSettled] = useState<{ texts: LaterTexts; failed: boolean } | null>(null);
  useEffect(() => {
    if (laterTexts.ready()) return;
    let live = true;
    laterTexts.load().then(
      () => live && setSettled({ texts: laterTexts, failed: false }),
      (error: unknown) => {
        console.error('[voorzieningen-wijzer] De teksten konden niet worden geladen:', error);
        if (live) setSettled({ texts: laterTexts, failed: true });
      },
    );
    return () => {
      live = false;
    };
  }, [laterTexts]);
  if (laterTexts.ready()) return 'ready';
  return settled?.texts === laterTexts && settled.failed ? 'failed' : 'waiting';
}
