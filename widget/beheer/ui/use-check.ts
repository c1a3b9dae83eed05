// The edited text, checked a moment after typing stops: problems, examples and the compiled rules.
import { useEffect, useState } from 'preact/hooks';
import { type CheckReport, type CompiledRules, checkRulesText, parseRulesText } from '../../engine/checker.ts';

export interface Checked {
  text: string;
  report: CheckReport;
  rules: CompiledRules | null;
}

/** Debounced: a check per key stroke would make typing slow on a 7,000-line file. */
export function useCheck(text: string, today: string, delay: number): Checked | null {
  const [checked, setChecked] = useState<Checked | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(async () => {
      const report = await checkRulesText(text, today);
      const rules = report.examples ? parseRulesText(text).rules : null;
      if (live) setChecked({ text, report, rules });
    }, delay);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text, today, delay]);
  return checked;
}
