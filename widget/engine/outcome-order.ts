// The order of the outcomes, nee < misschien < ja: the cap takes the lowest of two, a three-valued `all` the
// lowest of its children and `any` the highest; the impact preview tells losing from gaining by it.
import type { Outcome } from './types.ts';

export const OUTCOME_RANK: Record<Outcome, number> = { nee: 0, misschien: 1, ja: 2 };

export const lowest = (a: Outcome, b: Outcome): Outcome => (OUTCOME_RANK[a] <= OUTCOME_RANK[b] ? a : b);
export const highest = (a: Outcome, b: Outcome): Outcome => (OUTCOME_RANK[a] >= OUTCOME_RANK[b] ? a : b);
