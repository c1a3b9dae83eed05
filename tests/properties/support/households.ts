// fast-check arbitraries for households over a rules file's own questions, so they follow the file when
// questions change. Values include "weet ik niet" (null), "not asked" (missing key) and the money amounts
// where outcomes flip (every income limit of every period, +/- one cent).
import fc from 'fast-check';
import type { CompiledRules } from '../../../widget/engine/compiled-rules.ts';
import { leaves } from '../../../widget/engine/normalize-conditions.ts';
import { incomeLimit } from '../../../widget/engine/norms.ts';
import type { Answers, AnswerValue, Question } from '../../../widget/engine/types.ts';

/** Income limits (every norm x every inkomensgrens percentage in the file), vermogensgrenzen and named limits, in euro, +/- 1 cent. */
export function boundaryEuros(rules: CompiledRules): number[] {
  const percentages = new Set<number>([100]);
  for (const tree of rules.trees.values()) {
    for (const l of leaves(tree)) {
      const ref = typeof l.value === 'object' && !Array.isArray(l.value) ? l.value : null;
      if (ref?.fact === 'inkomensgrens' && typeof ref.params?.percentage === 'number') percentages.add(ref.params.percentage);
    }
  }
  const cents = new Set<number>([0, 1]);
  for (const p of rules.periods) {
    for (const norm of Object.values(p.norms)) for (const pct of percentages) cents.add(incomeLimit(p, norm, pct));
    for (const v of Object.values(p.vermogensgrenzen)) cents.add(v);
    for (const l of Object.values(p.limits))
      for (const v of [l.alleenstaand, l.partner, Math.round(l.alleenstaand / 12), Math.round(l.partner / 12)]) cents.add(v);
  }
  return [...cents]
    .flatMap((c) => [c - 1, c, c + 1])
    .filter((c) => c >= 0)
    .map((c) => c / 100);
}

const AGES = [0, 3, 11, 12, 15, 16, 17, 18, 20, 21, 66, 67, 68, 130];

function valueArb(q: Question, euros: number[]): fc.Arbitrary<AnswerValue> {
  const min = q.min ?? 0;
  const max = q.max ?? 130;
  switch (q.type) {
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.oneof(fc.constantFrom(...AGES.filter((a) => a >= min && a <= max)), fc.integer({ min, max }));
    case 'money':
      return fc.oneof(
        fc.constantFrom(...euros, 1e9),
        fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100),
        fc.double({ min: 0, max: 5000, noNaN: true, noDefaultInfinity: true }), // sub-cent input is allowed
      );
    case 'choice':
      return fc.constantFrom(...((q.options ?? []) as string[]));
    case 'ages':
      return fc.array(fc.integer({ min, max }), { maxLength: 5 });
  }
}

/** Any household: every key may be missing, null or a valid value. */
export function householdArb(rules: CompiledRules): fc.Arbitrary<Answers> {
  const euros = boundaryEuros(rules);
  const model = Object.fromEntries(rules.questions.map((q) => [q.id, fc.option(valueArb(q, euros), { nil: null, freq: 5 })]));
  return fc.record(model, { requiredKeys: [] }) as fc.Arbitrary<Answers>;
}

/** Every question has a key (null = "weet ik niet"); see coherent() in the flow test for askWhen. */
export function completeHouseholdArb(rules: CompiledRules): fc.Arbitrary<Answers> {
  const euros = boundaryEuros(rules);
  const model = Object.fromEntries(rules.questions.map((q) => [q.id, fc.option(valueArb(q, euros), { nil: null, freq: 6 })]));
  return fc.record(model) as fc.Arbitrary<Answers>;
}

/** A money value arbitrary with the boundary amounts mixed in. */
export const moneyArb = (rules: CompiledRules) =>
  fc.oneof(
    fc.constantFrom(...boundaryEuros(rules)),
    fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100),
  );
