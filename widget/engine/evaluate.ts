// One household through the rules: outcomes with the cap, amounts and reasons (docs/regels-ommen.md §3).
import type { LeafResult, RuleRun } from './adapter.ts';
import { normalizeAnswers } from './answers.ts';
import { centralHelpPointId } from './central-help-point.ts';
import { type CompiledRules, ruleName } from './compiled-rules.ts';
import { toEuro } from './money.ts';
import { isFactRef } from './normalize-conditions.ts';
import { choosePeriod } from './norms.ts';
import { isRange } from './operators.ts';
import { lowest } from './outcome-order.ts';
import { todayInAmsterdam } from './peildatum.ts';
import { createSlicer } from './time-slices.ts';
import type { AmountResult, Answers, EvaluationResult, Hulppunt, OfferResult, Outcome, Reason, Regeling } from './types.ts';

/**
 * The shown outcome (docs/regels-ommen.md §3): a regeling never above its `maximaal`, nor above misschien when
 * te-controleren. A help point is never capped: its outcome says whether it fits the household, which the age
 * of its source does not change (§5); the widget shows a note that its contact details are being checked.
 */
export function cap(outcome: Outcome, offer: Regeling | Hulppunt): Outcome {
  if (!('maximaal' in offer)) return outcome;
  const capped = lowest(outcome, offer.maximaal);
  return offer.status === 'te-controleren' ? lowest(capped, 'misschien') : capped;
}

function outValue(v: unknown, money: boolean): Reason['value'] {
  if (v === undefined) return null;
  if (!money) return v as Reason['value'];
  if (typeof v === 'number') return toEuro(v);
  if (isRange(v)) return { lo: toEuro(v.lo), hi: toEuro(v.hi) };
  return v as Reason['value'];
}

function toReason(rules: CompiledRules, r: LeafResult): Reason {
  const { leaf } = r;
  const money = rules.factTypes.get(leaf.fact) === 'money';
  const value = outValue(r.factValue, money);
  const limit = outValue(r.limitValue, money) as Reason['limit'];
  const reason: Reason = { fact: leaf.fact, operator: leaf.operator, status: r.status, value, limit };
  if (leaf.params) reason.params = leaf.params;
  if (isFactRef(leaf.value))
    reason.limitFact = { fact: leaf.value.fact, ...(leaf.value.params ? { params: leaf.value.params } : {}) };
  if (typeof r.factValue === 'number' && typeof r.limitValue === 'number') {
    const d = r.factValue - r.limitValue;
    reason.distance = money ? toEuro(d) : d;
  }
  if (leaf.via) reason.condition = leaf.via;
  if (money) reason.money = true;
  return reason;
}

function amountOf(
  rules: CompiledRules,
  r: Regeling,
  runs: Map<string, RuleRun>,
  context: Parameters<CompiledRules['runStage1']>[0],
): AmountResult | null {
  if (!r.amount) return null;
  let cents = 0;
  for (const [i, term] of r.amount.terms.entries()) {
    if (term.when) {
      const when = runs.get(ruleName.amountTerm(r.id, i))?.outcome;
      if (when === 'misschien' || when === undefined) return null;
      if (when === 'nee') continue;
    }
    let times = 1;
    if (term.times) {
      const v = rules.resolve(term.times.fact, term.times.params ?? {}, context);
      if (typeof v === 'boolean') times = v ? 1 : 0;
      else if (typeof v === 'number') times = v;
      else return null;
    }
    cents += Math.round(term.euro * 100) * times;
  }
  return { value: toEuro(cents), per: r.amount.per, maximaal: r.amount.maximaal ?? false };
}

/** Evaluate one household on a peildatum (default: today in Europe/Amsterdam). */
export async function evaluate(
  rules: CompiledRules,
  answers: Answers,
  date: string = todayInAmsterdam(),
): Promise<EvaluationResult> {
  const { period, normsOutdated } = choosePeriod(rules.file, rules.periods, date);
  const household = { answers: normalizeAnswers(rules.questions, answers), period };
  const context = { household, outcomes: {} as Record<string, Outcome> };
  const stage1 = await rules.runStage1(context);

  const regelingen: Record<string, OfferResult> = {};
  // A file with thousands of regelingen gives the page back now and then (time-slices.ts).
  const slice = createSlicer();
  for (const [i, r] of rules.file.regelingen.entries()) {
    if (i % 256 === 255) await slice.pause();
    const run = stage1.get(ruleName.regeling(r.id)) as RuleRun;
    const outcome = cap(run.outcome, r);
    context.outcomes[r.id] = outcome;
    regelingen[r.id] = {
      outcome,
      uncapped: run.outcome,
      amount: outcome === 'nee' ? null : amountOf(rules, r, stage1, context),
      reasons: run.leaves.map((l) => toReason(rules, l)),
    };
  }

  const stage2 = await rules.runStage2(context);
  const hulppunten: Record<string, OfferResult> = {};
  for (const h of rules.file.hulppunten) {
    const run = stage2.get(ruleName.hulppunt(h.id)) as RuleRun;
    hulppunten[h.id] = {
      outcome: cap(run.outcome, h),
      uncapped: run.outcome,
      amount: null,
      reasons: run.leaves.map((l) => toReason(rules, l)),
    };
  }

  const askWhen: Record<string, Outcome> = {};
  for (const q of rules.questions)
    askWhen[q.id] = q.askWhen ? (stage1.get(ruleName.question(q.id))?.outcome ?? 'misschien') : 'ja';
  const askable = rules.questions.filter((q) => askWhen[q.id] === 'ja').map((q) => q.id);
  return {
    date,
    normsOutdated,
    regelingen,
    hulppunten,
    centralHelpPoint: centralHelpPointId(rules.file, hulppunten),
    askable,
    askWhen,
  };
}
