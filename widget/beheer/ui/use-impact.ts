// Runs the impact preview when the edited rules compile and differ from the opened file.
import type { CompiledRules } from '../../engine/index.ts';
import { useAsync } from '../../ui/use-async.ts';
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
  const report = useAsync(
    () =>
      published && edited
        ? impactHouseholds(published, edited, today).then((households) => compareRules(published, edited, households))
        : null,
    [published, edited, today],
  );
  if (!published || !edited) return null;
  if (report.status === 'pending') return 'bezig';
  return report.status === 'done' ? (report.value ?? null) : null;
}
