// A rules file made ready to run: norm periods in cents, conditions normalised, engines built once.
// Built only from a file that passed the schema and meaning checks (check-rules.ts).
import { type EngineConstructor, prepareRunner, type RuleRun, type RuleSpec } from './adapter.ts';
import { byCodeUnits } from './code-unit-order.ts';
import { derivedFacts, type FactType, type FactValue, type Household, isDerivedFact, OUTCOME_FACT } from './derived-facts.ts';
import { factsRead, type Node, normalizeCondition } from './normalize-conditions.ts';
import { type Period, toPeriod } from './norms.ts';
import { runInSlices, runToEnd } from './time-slices.ts';
import type { Hulppunt, Outcome, Question, RulesFile } from './types.ts';

export interface StageContext {
  household: Household;
  outcomes: Record<string, Outcome>;
}

export interface CompiledRules {
  file: RulesFile;
  periods: Period[];
  questions: Question[];
  factTypes: Map<string, FactType>;
  trees: Map<string, Node>;
  /** Per regeling/hulppunt id, the answers (question ids) its outcome reads, directly or through derived facts. */
  readers: Map<string, Set<string>>;
  /** Stage 1: regelingen, askWhen conditions and amount terms; stage 2: hulppunten (they may read outcomes). */
  runStage1(context: StageContext): Promise<Map<string, RuleRun>>;
  runStage2(context: StageContext): Promise<Map<string, RuleRun>>;
  /** Any fact's value for a stage context (amount terms read counts through this). */
  resolve(fact: string, params: Record<string, unknown>, context: StageContext): FactValue;
}

export const ruleName = {
  regeling: (id: string) => `regeling:${id}`,
  hulppunt: (id: string) => `hulppunt:${id}`,
  question: (id: string) => `vraag:${id}`,
  amountTerm: (id: string, i: number) => `bedrag:${id}:${i}`,
};

export function factTypesOf(file: RulesFile): Map<string, FactType> {
  const types = new Map<string, FactType>(file.questions.map((q) => [q.id, q.type]));
  for (const [name, fact] of Object.entries(derivedFacts)) types.set(name, fact.type);
  types.set(OUTCOME_FACT, 'outcome');
  return types;
}

function resolveFact(fact: string, params: Record<string, unknown>, context: unknown): FactValue {
  const { household, outcomes } = context as StageContext;
  const own = <T>(record: Record<string, T>, key: string) => (Object.hasOwn(record, key) ? (record[key] ?? null) : null);
  if (fact === OUTCOME_FACT) return own(outcomes, String(params.regeling));
  if (isDerivedFact(fact)) return derivedFacts[fact].compute(household, params as never);
  return own(household.answers, fact);
}

/** The compile, as steps that pause between groups of regelingen (time-slices.ts). */
function* compileSteps(file: RulesFile, Engine?: EngineConstructor): Generator<void, CompiledRules> {
  const factTypes = factTypesOf(file);
  const ctx = { shared: file.conditions ?? {}, isMoney: (f: string) => factTypes.get(f) === 'money' };
  const trees = new Map<string, Node>();
  const stage1: RuleSpec[] = [];
  const stage2: RuleSpec[] = [];
  for (const [i, r] of file.regelingen.entries()) {
    const tree = normalizeCondition(r.conditions, `$.regelingen[${i}].conditions`, ctx);
    trees.set(r.id, tree);
    stage1.push({ name: ruleName.regeling(r.id), tree });
    r.amount?.terms.forEach((term, t) => {
      if (term.when) {
        const path = `$.regelingen[${i}].amount.terms[${t}].when`;
        stage1.push({ name: ruleName.amountTerm(r.id, t), tree: normalizeCondition(term.when, path, ctx) });
      }
    });
    if (i % STEP === STEP - 1) yield;
  }
  file.questions.forEach((q, i) => {
    if (q.askWhen)
      stage1.push({ name: ruleName.question(q.id), tree: normalizeCondition(q.askWhen, `$.questions[${i}].askWhen`, ctx) });
  });
  file.hulppunten.forEach((h: Hulppunt, i) => {
    const tree = normalizeCondition(h.conditions, `$.hulppunten[${i}].conditions`, ctx);
    trees.set(h.id, tree);
    stage2.push({ name: ruleName.hulppunt(h.id), tree });
  });
  const readers = yield* readersOf(trees);
  return {
    file,
    periods: file.norms.periods.map(toPeriod).sort((a, b) => byCodeUnits(a.from, b.from)),
    questions: file.questions,
    factTypes,
    trees,
    readers,
    runStage1: yield* prepareRunner(stage1, resolveFact, Engine),
    runStage2: yield* prepareRunner(stage2, resolveFact, Engine),
    resolve: resolveFact,
  };
}

/** Regelingen normalised between two pause points. */
const STEP = 64;

/** Compile in one go: for the CLI, tests and the beheer page, where nothing else waits for the main thread. */
export function buildCompiledRules(file: RulesFile, Engine?: EngineConstructor): CompiledRules {
  return runToEnd(compileSteps(file, Engine));
}

/** Compile in slices that give the page back (time-slices.ts): what the widget uses, so compiling a big rules
 *  file never holds the host page's input for long. Starts with a yield, so the screen so far paints first. */
export function compileInSlices(file: RulesFile, Engine?: EngineConstructor): Promise<CompiledRules> {
  return runInSlices(compileSteps(file, Engine));
}

function* readersOf(trees: Map<string, Node>): Generator<void, Map<string, Set<string>>> {
  const readers = new Map<string, Set<string>>();
  const visit = (id: string, seen: Set<string>): Set<string> => {
    const done = readers.get(id);
    if (done) return done;
    const out = new Set<string>();
    const tree = trees.get(id);
    if (!tree || seen.has(id)) return out;
    for (const { fact, params } of factsRead(tree)) {
      if (fact === OUTCOME_FACT) {
        for (const q of visit(String(params?.regeling), new Set([...seen, id]))) out.add(q);
      } else if (isDerivedFact(fact)) {
        for (const q of derivedFacts[fact].needs) out.add(q);
      } else {
        out.add(fact);
      }
    }
    readers.set(id, out);
    return out;
  };
  let i = 0;
  for (const id of trees.keys()) {
    visit(id, new Set());
    if (++i % STEP === 0) yield;
  }
  return readers;
}
