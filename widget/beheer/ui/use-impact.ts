// Runs the impact preview when the edited rules compile and differ from the opened file.
import { useEffect, useState } from 'preact/hooks';
import type { CompiledRules } from '../../engine/index.ts';
import { householdSpread } from '../household-spread.ts';
import { compareRules, exampleHouseholds, type ImpactHousehold, type ImpactReport } from '../impact.ts';
import { dayWithinNorms } from '../peildatum.ts';

/** Example households of both files (an added example counts too), then the generated spread. */
export async function impactHouseholds(
  published: CompiledRules,
  edited: CompiledRules,
  today: string,
): Promise<ImpactHousehold[]> {
  const examples = exampleHouseholds(published);
  const known = new Set(examples.map((e) => JSON.stringify([e.date, e.answers])));
  for (const e of exampleHouseholds(edited)) if (!known.has(JSON.stringify([e.date, e.answers]))) examples.push(e);
  const date = dayWithinNorms(published.file, today);
  const spread = await householdSpread([published, edited], date);
  return [...examples, ...spread.map((s) => ({ ...s, kind: 'spreiding' as const }))];
}

export function useImpact(
  published: CompiledRules | null,
  edited: CompiledRules | null,
  today: string,
): ImpactReport | null | 'bezig' {
  const [report, setReport] = useState<ImpactReport | null | 'bezig'>(null);
  useEffect(() => {
    if (!published || !edited) {
      setReport(null);
      return;
    }
    let live = true;
    setReport('bezig');
    impactHouseholds(published, edited, today)
      .then((households) => compareRules(published, edited, households))
      .then((r) => live && setReport(r))
      .catch(() => live && setReport(null));
    return () => {
      live = false;
    };
  }, [published, edited, today]);
  return report;
}
