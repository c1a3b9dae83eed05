// The bench floor (tests/bench/plain-evaluator.ts) equals the engine on random households, so comparing
// json-rules-engine against it measures the same work.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRules, evaluate } from '../../widget/engine/checker.ts';
import { generateRules } from '../bench/generate-rules.ts';
import { plainEvaluate } from '../bench/plain-evaluator.ts';
import { ommen } from '../support/ommen.ts';
import { runs } from '../support/test-tier.ts';
import { householdArb } from './support/households.ts';

type Result = Awaited<ReturnType<typeof evaluate>>;
const view = (r: Result) => {
  const group = (g: Result['regelingen']) =>
    Object.fromEntries(
      Object.entries(g).map(([id, o]) => [
        id,
        { outcome: o.outcome, uncapped: o.uncapped, statuses: o.reasons.map((x) => x.status) },
      ]),
    );
  return { regelingen: group(r.regelingen), hulppunten: group(r.hulppunten), askWhen: r.askWhen };
};

describe('plain evaluator = engine', () => {
  it('Ommen: same outcomes, uncapped outcomes, leaf statuses and askWhen', async () => {
    const rules = ommen();
    await fc.assert(
      fc.asyncProperty(householdArb(rules), async (answers) => {
        expect(plainEvaluate(rules, answers, '2026-07-01')).toEqual(view(await evaluate(rules, answers, '2026-07-01')));
      }),
      { numRuns: runs(300) },
    );
  }, 60_000);

  it('a generated file with 100 regelingen (nested any/all/not)', async () => {
    const { rules, problems } = compileRules(generateRules(100, 3));
    expect(problems).toEqual([]);
    if (!rules) return;
    await fc.assert(
      fc.asyncProperty(householdArb(rules), async (answers) => {
        expect(plainEvaluate(rules, answers, '2026-07-01')).toEqual(view(await evaluate(rules, answers, '2026-07-01')));
      }),
      { numRuns: runs(40) },
    );
  }, 60_000);
});
