// What every component of one widget instance shares. Created per mount: nothing global.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { CompiledRules } from '../engine/compiled-rules.ts';
import type { RulesFile } from '../engine/types.ts';
import type { LaterTexts } from '../i18n/create-i18n.ts';
import type { WidgetMode } from '../options.ts';
import type { Translate } from '../text/reason-sentence.ts';

export interface WidgetContextValue {
  t: Translate;
  /** The later part of the interface texts (results, reasons, sharing, …) for this widget's own i18next
   *  instance, which gets it only when asked: the screens that use it wait for it (use-later-texts.ts). */
  laterTexts: LaterTexts;
  lang: string;
  /** Null while the bundled rules' regelingen and the engine are still on their way (staged-rules.ts): a
   *  resident's intro and first question need neither. */
  rules: CompiledRules | null;
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

/** The compiled rules, for the parts of the widget that render only once they are there (wijkteam mode). */
export function useCompiledRules(): CompiledRules {
  const { rules } = useWidget();
  if (!rules) throw new Error('[voorzieningen-wijzer] component rendered before the rules were compiled');
  return rules;
}
