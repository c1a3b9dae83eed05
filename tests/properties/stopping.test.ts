// Stopping is safe (docs/regels-ommen.md §1): a resident who answers only what nextQuestion asks, until it returns null,
// gets the same outcomes as with every answer given.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Answers, type CompiledRules, evaluate, nextQuestion } from '../../widget/engine/index.ts';
import { ommen } from '../support/ommen.ts';
import { runs } from '../support/test-tier.ts';
import { completeHouseholdArb } from './support/households.ts';

const DATE = '2026-07-01';
const outcomesOf = (r: Awaited<ReturnType<typeof evaluate>>) => ({
  regelingen: Object.fromEntries(Object.entries(r.regelingen).map(([id, o]) => [id, o.outcome])),
  hulppunten: Object.fromEntries(Object.entries(r.hulppunten).map(([id, o]) => [id, o.outcome])),
});

/** Drop answers to questions whose askWhen does not hold (no partner age without a partner): such a household cannot exist. */
async function coherent(rules: CompiledRules, full: Answers): Promise<Answers> {
  let answers = { ...full };
  for (;;) {
    const { askWhen } = await evaluate(rules, answers, DATE);
    const drop = Object.keys(answers).filter((id) => askWhen[id] !== 'ja');
    if (drop.length === 0) return answers;
    answers = Object.fromEntries(Object.entries(answers).filter(([id]) => !drop.includes(id)));
  }
}

describe('stopping is safe (Ommen)', () => {
  it('following nextQuestion to the end gives the outcomes of the complete household', async () => {
    const rules = ommen();
    let skipped = 0;
    await fc.assert(
      fc.asyncProperty(completeHouseholdArb(rules), async (full) => {
        const household = await coherent(rules, full);
        const given: Answers = {};
        const asked: string[] = [];
        for (;;) {
          const next = nextQuestion(rules, given, await evaluate(rules, given, DATE));
          if (next === null) break;
          expect(asked, 'a question is asked twice').not.toContain(next);
          expect(Object.hasOwn(household, next), `asked ${next}, which does not apply`).toBe(true);
          asked.push(next);
          given[next] = household[next] ?? null;
        }
        skipped += Object.keys(household).length - asked.length;
        expect(outcomesOf(await evaluate(rules, given, DATE))).toEqual(outcomesOf(await evaluate(rules, household, DATE)));
      }),
      { numRuns: runs(500) },
    );
    // The flow really stops early sometimes; otherwise this property would prove nothing.
    expect(skipped).toBeGreaterThan(0);
  }, 120_000);
});
