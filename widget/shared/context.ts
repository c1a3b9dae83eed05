// What every component of one widget instance shares. Created per mount: nothing global.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CompiledRules } from '../engine/index.ts';
import type { RulesFile } from '../engine/types.ts';
import type { WidgetMode } from '../options.ts';
import type { Translate } from '../text/reason-sentence.ts';

export interface WidgetContextValue {
  t: Translate;
  lang: string;
  rules: CompiledRules;
  file: RulesFile;
  /** Per question id: the regeling/hulppunt ids whose outcome reads it. */
  readers: Record<string, string[]>;
  headingLevel: number;
  mode: WidgetMode;
}

export const WidgetContext = createContext<WidgetContextValue | null>(null);

/** The instance context; components are only rendered inside <App>, so a missing one is a bug. */
export function useWidget(): WidgetContextValue {
  const value = useContext(WidgetContext);
  if (!value) throw new Error('[voorzieningen-wijzer] component rendered outside <App>');
  return value;
}
