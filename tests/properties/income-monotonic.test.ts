// Lowering netto_inkomen never makes things worse: no regeling or hulppunt goes from ja or misschien to nee
// (we check the stronger "never to a lower outcome", which includes ja -> misschien).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../widget/engine/index.ts';
import type { Outcome } from '../../widget/engine/types.ts';
import { ommen } from '../support/ommen.ts';
import { runs } from '../support/test-tier.ts';
import { householdArb, moneyArb } from './support/households.ts';

const RANK: Record<Outcome, number> = { nee: 0, misschien: 1, ja: 2 };

describe('income monotonicity (Ommen)', () => {
  it('a lower netto_inkomen never gives a lower outcome', async () => {
    const rules = ommen();
    let flips = 0;
    await fc.assert(
      fc.asyncProperty(householdArb(rules), moneyArb(rules), moneyArb(rules), async (household, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        const atHigh = await evaluate(rules, { ...household, netto_inkomen: high }, '2026-07-01');
        const atLow = await evaluate(rules, { ...household, netto_inkomen: low }, '2026-07-01');
        for (const group of ['regelingen', 'hulppunten'] as const) {
          for (const [id, offer] of Object.entries(atHigh[group])) {
            const lower = atLow[group][id]?.outcome as Outcome;
            if (lower !== offer.outcome) flips++;
            expect(RANK[lower], `${id}: ${offer.outcome} at ${high}, ${lower} at ${low}`).toBeGreaterThanOrEqual(
              RANK[offer.outcome],
            );
          }
        }
      }),
      { numRuns: runs(1_000) },
    );
    // The property must have been exercised: income really changed some outcomes.
    expect(flips).toBeGreaterThan(0);
  }, 60_000);
});
