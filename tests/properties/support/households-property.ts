// The random-households property, shared by the two halves (households-a/-b.test.ts) so they run in parallel.
import fc from 'fast-check';
import { expect } from 'vitest';
import { evaluate } from '../../../widget/engine/index.ts';
import { ommen } from '../../support/ommen.ts';
import { householdArb } from './households.ts';

const OUTCOMES = ['ja', 'misschien', 'nee'];
const DATES = ['2026-01-01', '2026-06-30', '2026-07-01', '2026-12-31', '2027-03-01'];

/** evaluate never throws, is deterministic, and reports every regeling and hulppunt with a valid outcome. */
export async function householdsProperty(numRuns: number) {
  const rules = ommen();
  const regelingIds = rules.file.regelingen.map((r) => r.id).sort();
  const hulppuntIds = rules.file.hulppunten.map((h) => h.id).sort();
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(householdArb(rules), fc.constantFrom(...DATES), async (answers, date) => {
      runs++;
      const first = await evaluate(rules, answers, date);
      const second = await evaluate(rules, answers, date);
      expect(second).toEqual(first);
      expect(Object.keys(first.regelingen).sort()).toEqual(regelingIds);
      expect(Object.keys(first.hulppunten).sort()).toEqual(hulppuntIds);
      for (const offer of [...Object.values(first.regelingen), ...Object.values(first.hulppunten)]) {
        expect(OUTCOMES).toContain(offer.outcome);
        expect(OUTCOMES).toContain(offer.uncapped);
      }
    }),
    { numRuns },
  );
  expect(runs).toBe(numRuns);
}
