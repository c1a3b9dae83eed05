// The flow's first screen: the intro with "Beginnen". Busy while the empty household is still being evaluated,
// or while a "Beginnen" pressed on the entry's first screen (widget/first-screen/) is being carried out.

import { Intro } from '../intro.tsx';
import type { Flow } from '../use-flow.ts';

export interface IntroScreenProps {
  flow: Flow;
  focus: boolean;
  /** "Beginnen" was already pressed on the entry's first screen. */
  begun: boolean;
  onStarted: () => void;
}

export function IntroScreen({ flow, focus, begun, onStarted }: IntroScreenProps) {
  return (
    <Intro
      focus={focus}
      busy={flow.busy || (begun && flow.state.step === 0)}
      onStart={() => {
        onStarted();
        flow.start();
      }}
    />
  );
}
