// The contract between the rules file and the code: the answers (question ids, with their types) that the
// derived facts read. A rules file that uses a derived fact must have these questions, of these types; the
// check refuses it otherwise (check-conditions.ts), so a renamed question cannot silently make a limit unknown.
import type { FactValue } from './derived-facts.ts';

export const CONTRACT_ANSWERS = {
  heeft_partner: 'boolean',
  leeftijd: 'integer',
  leeftijd_partner: 'integer',
  leeftijden_kinderen: 'ages',
  netto_inkomen: 'money',
  woont_in_gemeente: 'boolean',
} as const;

export type ContractAnswer = keyof typeof CONTRACT_ANSWERS;

/** A contract answer from normalised answers: an own property only, so an id never reads Object.prototype. */
export function answerOf(answers: Record<string, FactValue>, id: ContractAnswer): FactValue {
  return Object.hasOwn(answers, id) ? (answers[id] ?? null) : null;
}
