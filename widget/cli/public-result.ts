// The documented `wijzer evaluate` result shape: the engine's internal fields (uncapped, askable) stay out.
import type { EvaluationResult } from '../engine/index.ts';

export function publicResult(r: EvaluationResult) {
  const offers = (group: EvaluationResult['regelingen'], withAmount: boolean) =>
    Object.fromEntries(
      Object.entries(group).map(([id, o]) => [
        id,
        withAmount ? { outcome: o.outcome, amount: o.amount, reasons: o.reasons } : { outcome: o.outcome, reasons: o.reasons },
      ]),
    );
  return {
    date: r.date,
    normsOutdated: r.normsOutdated,
    regelingen: offers(r.regelingen, true),
    hulppunten: offers(r.hulppunten, false),
  };
}
