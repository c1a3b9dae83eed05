// The edited text, checked a moment after typing stops: problems, examples and the compiled rules.
import { type CheckReport, type CompiledRules, checkRulesText, parseRulesText } from '../../engine/checker.ts';
import { useAsync } from '../../ui/use-async.ts';

export interface Checked {
  text: string;
  report: CheckReport;
  rules: CompiledRules | null;
}

/** Waits `ms`; an abort (the text changed again) cancels the wait, so no check starts for that text. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });
}

/** Debounced: a check per key stroke would make typing slow on a 7,000-line file. */
export function useCheck(text: string, today: string, delay: number): Checked | null {
  const checked = useAsync(
    async (signal): Promise<Checked> => {
      await pause(delay, signal);
      const report = await checkRulesText(text, today);
      const rules = report.examples ? parseRulesText(text).rules : null;
      return { text, report, rules };
    },
    [text, today, delay],
  );
  return checked.value ?? null;
}
