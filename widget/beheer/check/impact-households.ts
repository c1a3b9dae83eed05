// The households the impact preview runs: the example households of both files, then the generated spread.
import type { CompiledRules } from '../../engine/index.ts';
import { householdSpread } from '../household-spread.ts';
import { exampleHouseholds, type ImpactHousehold } from '../impact.ts';
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
