// Data minimisation for the sheet and the link. The sheet shows only the answers that the shown regelingen
// and help points read; the link carries the smallest set found that reproduces every outcome, so the
// reopened result is the same without sending every answer along.

import { derivedFacts, isDerivedFact } from '../engine/derived-facts.ts';
import type { CompiledRules } from '../engine/index.ts';
import { evaluate } from '../engine/index.ts';
import type { Answers, EvaluationResult, OfferResult } from '../engine/types.ts';

const given = (answers: Answers) => Object.keys(answers).filter((id) => answers[id] !== undefined);
const pick = (answers: Answers, ids: Iterable<string>): Answers => {
  const out: Answers = {};
  for (const id of ids) if (answers[id] !== undefined) out[id] = answers[id];
  return out;
};

/** Ids of the regelingen and help points shown as ja or misschien. */
export function shownIds(result: EvaluationResult): string[] {
  const all: Record<string, OfferResult> = { ...result.regelingen, ...result.hulppunten };
  return Object.keys(all).filter((id) => all[id]?.outcome !== 'nee');
}

/** The answers that the shown regelingen and help points read (directly or through derived facts). */
export function neededForShown(rules: CompiledRules, result: EvaluationResult, answers: Answers): Answers {
  const ids = new Set<string>();
  for (const id of shownIds(result)) for (const q of rules.readers.get(id) ?? []) ids.add(q);
  return pick(
    answers,
    given(answers).filter((id) => ids.has(id)),
  );
}

/** Question ids behind a fact: itself for an answer, its declared needs for a derived fact. */
function questionsOf(fact: string): string[] {
  return isDerivedFact(fact) ? derivedFacts[fact].needs : [fact];
}

function sameOutcomes(a: EvaluationResult, b: EvaluationResult): string[] {
  const differ: string[] = [];
  for (const group of ['regelingen', 'hulppunten'] as const)
    for (const [id, r] of Object.entries(a[group])) if (b[group][id]?.outcome !== r.outcome) differ.push(id);
  return differ;
}

/** The answers a link needs so that every outcome (also every "nee") comes out the same. */
export async function reproducingAnswers(
  rules: CompiledRules,
  answers: Answers,
  date: string,
  full: EvaluationResult,
): Promise<Answers> {
  const chosen = new Set(Object.keys(neededForShown(rules, full, answers)));
  const all = { ...full.regelingen, ...full.hulppunten };
  for (let round = 0; round < 3; round++) {
    const differ = sameOutcomes(full, await evaluate(rules, pick(answers, chosen), date));
    if (differ.length === 0) return pick(answers, chosen);
    for (const id of differ) {
      // A "nee" needs only the facts of its failing conditions; on a second round, everything it reads.
      const facts =
        round === 0
          ? (all[id]?.reasons ?? [])
              .filter((r) => r.status === 'niet-voldaan')
              .flatMap((r) => [r.fact, ...(r.limitFact ? [r.limitFact.fact] : [])])
              .flatMap(questionsOf)
          : [...(rules.readers.get(id) ?? [])];
      for (const q of facts) if (answers[q] !== undefined) chosen.add(q);
    }
  }
  return pick(answers, given(answers));
}
