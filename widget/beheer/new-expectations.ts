// "Nieuwe uitkomst overnemen": an example household's `expect` rewritten to what the edited rules now give,
// so an intended change does not stay red. Only the keys the example already checks are rewritten; with
// othersNee, a regeling that is no longer nee is added by name so othersNee keeps holding.
import { type CompiledRules, type Example, evaluate, type Outcome } from '../engine/index.ts';

export interface NewExpectation {
  index: number;
  name: string;
  expect: Example['expect'];
}

export async function newExpectation(rules: CompiledRules, index: number): Promise<NewExpectation | null> {
  const ex = rules.file.examples[index];
  if (!ex) return null;
  let result: Awaited<ReturnType<typeof evaluate>>;
  try {
    result = await evaluate(rules, ex.answers as never, ex.date);
  } catch {
    return null; // an example that cannot be evaluated has no outcome to take over
  }
  const old = ex.expect;
  const expect: Example['expect'] = { ...old };
  if (old.regelingen || old.othersNee) {
    const regelingen: Record<string, Outcome> = {};
    for (const id of Object.keys(old.regelingen ?? {})) {
      const got = result.regelingen[id];
      if (got) regelingen[id] = got.outcome;
    }
    if (old.othersNee) {
      for (const [id, r] of Object.entries(result.regelingen))
        if (!(id in regelingen) && r.outcome !== 'nee') regelingen[id] = r.outcome;
    }
    expect.regelingen = regelingen;
  }
  if (old.hulppunten) {
    expect.hulppunten = Object.fromEntries(
      Object.keys(old.hulppunten).flatMap((id) => (result.hulppunten[id] ? [[id, result.hulppunten[id].outcome]] : [])),
    );
  }
  if (old.amounts) {
    expect.amounts = Object.fromEntries(Object.keys(old.amounts).map((id) => [id, result.regelingen[id]?.amount?.value ?? null]));
  }
  if (old.normsOutdated !== undefined) expect.normsOutdated = result.normsOutdated;
  return { index, name: ex.name, expect };
}

/** New expectations for every example with a failing expectation. */
export async function newExpectations(rules: CompiledRules, failingIndexes: number[]): Promise<NewExpectation[]> {
  const out: NewExpectation[] = [];
  for (const i of [...new Set(failingIndexes)]) {
    const n = await newExpectation(rules, i);
    if (n) out.push(n);
  }
  return out;
}
