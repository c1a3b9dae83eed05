// The edited text, checked in a worker a moment after typing stops: problems, examples, new expectations
// for red example households and the impact against the opened file, each as soon as it is ready.
import { useEffect, useState } from 'preact/hooks';
import type { CheckReport } from '../../engine/checker.ts';
import type { CheckStep } from '../check/check-job.ts';
import type { CheckRunner } from '../check/check-runner.ts';
import { type Heaviest, heaviestConditions } from '../check/complexity.ts';
import type { ImpactReport } from '../impact.ts';
import type { NewExpectation } from '../new-expectations.ts';

export interface CheckState {
  /** The text every field below belongs to. */
  text: string;
  step: CheckStep | null;
  report: CheckReport | null;
  expectations: NewExpectation[];
  impact: ImpactReport | null | 'bezig';
  /** The check was stopped after its time limit; with the heaviest conditions as the likely place. */
  timeout: { step: CheckStep; heaviest: Heaviest[] } | null;
  failed: string | null;
}

function heaviestOf(text: string): Heaviest[] {
  try {
    return heaviestConditions(JSON.parse(text));
  } catch {
    return [];
  }
}

/** Debounced: a check per key stroke would restart the worker on every key on a 9,000-line file. */
export function useCheck(
  text: string,
  published: string | null,
  today: string,
  delay: number,
  runner: CheckRunner,
): CheckState | null {
  const [state, setState] = useState<CheckState | null>(null);
  useEffect(() => {
    let cancel = () => {};
    const timer = setTimeout(() => {
      let s: CheckState = { text, step: 'controle', report: null, expectations: [], impact: null, timeout: null, failed: null };
      const set = (next: Partial<CheckState>) => {
        s = { ...s, ...next };
        setState(s);
      };
      set({});
      cancel = runner.start({ text, published, today }, (e) => {
        if (e.type === 'step') set({ step: e.step, impact: e.step === 'gevolgen' ? 'bezig' : s.impact });
        else if (e.type === 'checked') set({ report: e.report, expectations: e.expectations });
        else if (e.type === 'impact') set({ step: null, impact: e.impact });
        else if (e.type === 'failed') set({ step: null, failed: e.message, impact: s.impact === 'bezig' ? null : s.impact });
        else set({ step: null, timeout: { step: e.step, heaviest: heaviestOf(text) }, impact: null });
      });
    }, delay);
    return () => {
      clearTimeout(timer);
      cancel();
    };
  }, [text, published, today, delay, runner]);
  return state;
}
