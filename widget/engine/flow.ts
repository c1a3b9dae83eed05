// Which question next (SPEC.md §1 "The flow"): the file's order, skipping every question whose answer can
// no longer change an outcome, i.e. every regeling and hulppunt that reads it is already decided.
// Decided means ja or nee before the cap; the cap does not count.
import type { CompiledRules } from './compiled-rules.ts';
import type { Answers, EvaluationResult } from './types.ts';

function undecidedReaders(rules: CompiledRules, result: EvaluationResult): Set<string> {
  const open = new Set<string>();
  const all = { ...result.regelingen, ...result.hulppunten };
  for (const [id, r] of Object.entries(all)) {
    if (r.uncapped !== 'misschien') continue;
    for (const q of rules.readers.get(id) ?? []) open.add(q);
  }
  return open;
}

const asked = (answers: Answers, id: string) => Object.hasOwn(answers, id) && answers[id] !== undefined;
/** askWhen's outcome for a question: an own property, never one Object.prototype lends. */
const askWhenOf = (result: EvaluationResult, id: string) => (Object.hasOwn(result.askWhen, id) ? result.askWhen[id] : undefined);

/** The next question to ask, or null when nothing left can change an outcome. */
export function nextQuestion(rules: CompiledRules, answers: Answers, result: EvaluationResult): string | null {
  const open = undecidedReaders(rules, result);
  const next = rules.questions.find((q) => !asked(answers, q.id) && askWhenOf(result, q.id) === 'ja' && open.has(q.id));
  return next?.id ?? null;
}

/** Questions not yet asked that may still be asked (askWhen not ruled out): for an honest "Stap X van Y". */
export function remainingQuestions(rules: CompiledRules, answers: Answers, result: EvaluationResult): string[] {
  const open = undecidedReaders(rules, result);
  return rules.questions
    .filter((q) => !asked(answers, q.id) && askWhenOf(result, q.id) !== 'nee' && open.has(q.id))
    .map((q) => q.id);
}

/** Per question id, the regelingen and hulppunten whose outcome reads that answer ("waarom vragen we dit"). */
export function questionReaders(rules: CompiledRules): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(rules.questions.map((q) => [q.id, [] as string[]]));
  for (const [id, questions] of rules.readers) {
    for (const q of questions) if (Object.hasOwn(out, q)) out[q]?.push(id);
  }
  return out;
}
