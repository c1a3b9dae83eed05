// "What would need to change": for a condition that is not met, how far the household is from the limit.
// Money in euro (to the cent), other numbers in whole units. Strict limits need one unit more.
import type { OfferResult, Reason } from '../engine/types.ts';

export interface NeededChange {
  direction: 'lower' | 'higher';
  /** How much the value must change to meet the condition (euro for money). */
  amount: number;
  money: boolean;
}

/** The change that would meet this (not met) condition, when the distance is exactly known. */
export function neededChange(reason: Reason): NeededChange | null {
  if (reason.status !== 'niet-voldaan' || typeof reason.distance !== 'number') return null;
  const money = reason.money === true;
  const unit = money ? 0.01 : 1;
  const d = reason.distance;
  const round = (n: number) => Math.round(n * 100) / 100;
  switch (reason.operator) {
    case 'lessThanInclusive':
      return { direction: 'lower', amount: round(d), money };
    case 'lessThan':
      return { direction: 'lower', amount: round(d + unit), money };
    case 'greaterThanInclusive':
      return { direction: 'higher', amount: round(-d), money };
    case 'greaterThan':
      return { direction: 'higher', amount: round(-d + unit), money };
    default:
      return null;
  }
}

/** A near miss: "nee" because of exactly one condition. */
export function isNearMiss(offer: OfferResult): boolean {
  return offer.outcome === 'nee' && offer.reasons.filter((r) => r.status === 'niet-voldaan').length === 1;
}
