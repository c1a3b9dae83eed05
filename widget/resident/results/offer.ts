// A regeling of the rules file with its outcome for this household.
import type { EvaluationResult, OfferResult, Outcome, Regeling, RulesFile } from '../../engine/types.ts';

export interface Offer {
  regeling: Regeling;
  result: OfferResult;
}

/** A regeling that is `nee` because the household does not live in the gemeente (docs/regels-ommen.md §5). */
export const forResidentsOnly = (offer: Offer) =>
  offer.result.reasons.some((r) => r.fact === 'woont_in_gemeente' && r.status === 'niet-voldaan');

/** The regelingen with this outcome, in file order. */
export function offersWith(file: RulesFile, result: EvaluationResult, outcome: Outcome): Offer[] {
  return file.regelingen.flatMap((regeling) => {
    const r = result.regelingen[regeling.id];
    return r?.outcome === outcome ? [{ regeling, result: r }] : [];
  });
}
