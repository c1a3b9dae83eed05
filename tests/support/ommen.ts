// Test helpers: the Ommen rules compiled once, and a household factory that states only what matters.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Answers, type CompiledRules, evaluate, parseRulesText } from '../../widget/engine/checker.ts';

export const ommenText = readFileSync(resolve(process.cwd(), 'rules/ommen.json'), 'utf8');

let cached: CompiledRules | null = null;
export function ommen(): CompiledRules {
  if (cached) return cached;
  const { rules, problems } = parseRulesText(ommenText);
  if (!rules) throw new Error(`rules/ommen.json does not load: ${JSON.stringify(problems)}`);
  cached = rules;
  return rules;
}

/** docs/regels-ommen.md §6 example 1: alleenstaande, 34, every yes/no answer false. Override what the test is about. */
export function makeAnswers(overrides: Answers = {}): Answers {
  return {
    woont_in_gemeente: true,
    leeftijd: 34,
    heeft_partner: false,
    leeftijden_kinderen: [],
    netto_inkomen: 1400,
    vermogen: 2000,
    woonsituatie: 'huur',
    student: false,
    laag_inkomen_3_jaar: false,
    bijzondere_kosten: false,
    schulden: false,
    tekort_voor_eten: false,
    kinderopvang: false,
    ...overrides,
  };
}

/** docs/regels-ommen.md §6 example 3: alleenstaande ouder, 29, children 3 and 13, kinderopvang and schulden. */
export const household3: Answers = makeAnswers({
  leeftijd: 29,
  leeftijden_kinderen: [3, 13],
  netto_inkomen: 1300,
  vermogen: 500,
  kinderopvang: true,
  schulden: true,
});

/** Outcomes only, as { id: outcome }, for compact assertions. */
export async function outcomes(answers: Answers, date = '2026-07-01') {
  const r = await evaluate(ommen(), answers, date);
  const pick = (g: typeof r.regelingen) => Object.fromEntries(Object.entries(g).map(([id, o]) => [id, o.outcome]));
  return { regelingen: pick(r.regelingen), hulppunten: pick(r.hulppunten), result: r };
}

/** The ids whose outcome is not nee. */
export const notNee = (o: Record<string, string>) =>
  Object.keys(o)
    .filter((id) => o[id] !== 'nee')
    .sort();
