// A generated spread of households for the impact preview: the named household types, each placed just
// under, on and just over every money limit the rules compare with. Pure; uses only the public engine.
import { type Answers, type AnswerValue, type CompiledRules, evaluate } from '../engine/index.ts';
import { HOUSEHOLD_TYPES } from './household-types.ts';

export interface SpreadHousehold {
  name: string;
  date: string;
  answers: Answers;
}

/** Answers that let the limits decide: living in the gemeente, renting, no student, with the usual needs. */
const DEFAULTS: Record<string, AnswerValue> = {
  woont_in_gemeente: true,
  netto_inkomen: 1000,
  vermogen: 1000,
  woonsituatie: 'huur',
  student: false,
  laag_inkomen_3_jaar: true,
  bijzondere_kosten: false,
  schulden: false,
  tekort_voor_eten: false,
  kinderopvang: false,
};

/** Only answers to questions this rules file has: other gemeenten ask a subset (normalizeAnswers refuses the rest). */
function fitAnswers(rules: CompiledRules, answers: Answers): Answers {
  const out: Answers = {};
  for (const q of rules.questions) {
    const v = answers[q.id] ?? DEFAULTS[q.id];
    if (v === undefined) continue;
    if (q.type === 'choice' && typeof v === 'string' && !(q.options ?? []).includes(v as never)) continue;
    out[q.id] = v;
  }
  return out;
}

/** Money facts the household answers directly; a limit on jaarinkomen is a monthly income times 12. */
const MONEY_ANSWER: Record<string, { question: string; factor: number }> = {
  netto_inkomen: { question: 'netto_inkomen', factor: 1 },
  jaarinkomen: { question: 'netto_inkomen', factor: 12 },
  vermogen: { question: 'vermogen', factor: 1 },
};

const cents = (euro: number) => Math.round(euro * 100) / 100;

/** The money limits (per answer) that decide something for this household under these rules. */
async function limitsFor(rules: CompiledRules, answers: Answers, date: string): Promise<Map<string, Set<number>>> {
  const found = new Map<string, Set<number>>();
  const result = await evaluate(rules, answers, date);
  for (const offer of [...Object.values(result.regelingen), ...Object.values(result.hulppunten)]) {
    for (const reason of offer.reasons) {
      const target = MONEY_ANSWER[reason.fact];
      if (!target || typeof reason.limit !== 'number') continue;
      const set = found.get(target.question) ?? new Set<number>();
      set.add(cents(reason.limit / target.factor));
      found.set(target.question, set);
    }
  }
  return found;
}

/**
 * Households on and around every limit of both rules files (a cent under, on, a cent over), so a changed
 * limit shows up in the preview even when no example household sits near it.
 */
export async function householdSpread(rulesList: CompiledRules[], date: string): Promise<SpreadHousehold[]> {
  const base = rulesList[0];
  if (!base) return [];
  const out: SpreadHousehold[] = [];
  const seen = new Set<string>();
  for (const type of HOUSEHOLD_TYPES) {
    const answers = fitAnswers(base, type.answers);
    const limits = new Map<string, Set<number>>();
    for (const rules of rulesList) {
      for (const [q, values] of await limitsFor(rules, fitAnswers(rules, type.answers), date)) {
        const set = limits.get(q) ?? new Set<number>();
        for (const v of values) set.add(v);
        limits.set(q, set);
      }
    }
    for (const [question, values] of limits) {
      if (!base.questions.some((x) => x.id === question)) continue;
      for (const limit of [...values].sort((a, b) => a - b)) {
        for (const value of [cents(limit - 0.01), limit, cents(limit + 0.01)]) {
          if (value < 0) continue;
          const key = `${type.name}|${question}|${value}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({
            name: `${type.name}, ${question.replace(/_/g, ' ')} € ${value.toFixed(2)}`,
            date,
            answers: { ...answers, [question]: value },
          });
        }
      }
    }
  }
  return out;
}
