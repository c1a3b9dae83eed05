// Waits for the later part of this widget's interface texts (shared/context.ts, widget/i18n/text-parts.ts): a
// component that shows a key of a later group before the results (a refused link on the intro) renders only once
// they are in, so no key ever shows raw. A chunk that does not load gives 'failed', and the webmaster a console line.
import { useWidget } from './context.ts';
import { type KeyedLoadState, useKeyedLoad } from './use-keyed-load.ts';

export function useLaterTexts(): KeyedLoadState {
  const { laterTexts } = useWidget();
  return useKeyedLoad(
    laterTexts,
    laterTexts.ready(),
    () => laterTexts.load(),
    '[voorzieningen-wijzer] De teksten konden niet worden geladen:',
  );
}
