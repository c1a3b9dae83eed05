// "Bijna in aanmerking": regelingen a household misses on one money limit, and by how much. Both the
// wijkteam view and the resident results use nearMisses(); the condition table uses neededChange().
// Only money counts: "1 child more", "38 years older" or "no debts" is not something a household can
// nearly meet, and a distance against a range limit (unknown norm) is not exact, so neither is listed.
import { toCents } from '../engine/money.ts';
import type { EvaluationResult, Reason } from '../engine/types.ts';

export interface NeededChange {
  direction: 'lower' | 'higher';
  /** The smallest change, in whole cents, that meets the limit. */
  cents: number;
  /** The same in euro (cents / 100), for formatEuro. */
  euro: number;
}

export interface NearMiss extends NeededChange {
  /** Id of the regeling. */
  id: string;
  /** The one condition that is not met: a money comparison with a known distance. */
  reason: Reason;
  /** True when every other condition is met; false when some are still unknown (then at most misschien). */
  othersMet: boolean;
}

/**
 * The smallest change in whole cents that meets this unmet money condition, or null (met, unknown, not money,
 * no exact distance, not a comparison). Inclusive limits need the distance rounded up to a cent; strict
 * ones one cent past the limit: 1486.47 against "at most 1486.46" needs € 0,01 lower, against "below" € 0,02.
 */
export function neededChange(reason: Reason): NeededChange | null {
  if (reason.status !== 'niet-voldaan' || reason.money !== true || typeof reason.distance !== 'number') return null;
  // The distance in 1/10 000 cent (answers keep sub-cent input), an integer: no float comparisons below.
  const over = Math.round(toCents(reason.distance) * 1e4);
  const ceilCents = (units: number) => Math.ceil(units / 1e4);
  const pastCents = (units: number) => Math.floor(units / 1e4) + 1;
  let direction: NeededChange['direction'];
  let cents: number;
  switch (reason.operator) {
    case 'lessThanInclusive':
      [direction, cents] = ['lower', ceilCents(over)];
      break;
    case 'lessThan':
      [direction, cents] = ['lower', pastCents(over)];
      break;
    case 'greaterThanInclusive':
      [direction, cents] = ['higher', ceilCents(-over)];
      break;
    case 'greaterThan':
      [direction, cents] = ['higher', pastCents(-over)];
      break;
    default:
      return null;
  }
  // A "not met" reason with a distance on the right side of the limit would be an engine bug: list nothing.
  if (cents <= 0) return null;
  return { direction, cents, euro: cents / 100 };
}

/** Every regeling that is `nee` on exactly one condition, when that is a money limit with a known distance. */
export function nearMisses(result: EvaluationResult): NearMiss[] {
  const out: NearMiss[] = [];
  for (const [id, offer] of Object.entries(result.regelingen)) {
    if (offer.outcome !== 'nee') continue;
    const failing = offer.reasons.filter((r) => r.status === 'niet-voldaan');
    if (failing.length !== 1) continue;
    const reason = failing[0] as Reason;
    const change = neededChange(reason);
    if (!change) continue;
    out.push({ id, reason, ...change, othersMet: offer.reasons.every((r) => r === reason || r.status === 'voldaan') });
  }
  return out;
}
