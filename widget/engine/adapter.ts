// The only module that imports json-rules-engine. json-rules-engine decides every condition, with the
// pessimistic operators (operators.ts): a leaf passes when it must hold. Many regelingen share leaves (the same
// income limit, the same age test), so each distinct leaf goes to json-rules-engine once, all of them as one rule
// in one run, with the facts as constants. This module reads the rest off the leaves (docs/decisions/0001-three-valued-outcomes-one-run.md):
// a leaf with an unknown side is onbekend; a failed leaf against a range (a limit known only between two
// bounds) is onbekend when the optimistic operator says it could still hold; then each regeling's all/any
// combine its leaves three-valued (docs/decisions/0001 and 0015).
import { Engine as JsonRulesEngine } from 'json-rules-engine';
import { byCodeUnits } from './code-unit-order.ts';
import { isFactRef, type Leaf, type Node } from './normalize-conditions.ts';
import { isRange, operatorTable } from './operators.ts';
import { highest, lowest } from './outcome-order.ts';
import { createSlicer, runToEnd } from './time-slices.ts';
import type { ConditionStatus, Outcome } from './types.ts';

export interface RuleSpec {
  name: string;
  tree: Node;
}

export interface LeafResult {
  leaf: Leaf;
  status: ConditionStatus;
  factValue: unknown;
  limitValue: unknown;
}

export interface RuleRun {
  outcome: Outcome;
  leaves: LeafResult[];
}

/** Evaluates every rule of a runner for one context. */
export type Runner = (context: unknown) => Promise<Map<string, RuleRun>>;

/** Computes any fact from the per-run context; `params` are the condition's params. */
export type FactResolver = (fact: string, params: Record<string, unknown>, context: unknown) => unknown;

interface FactUse {
  fact: string;
  params: Record<string, string | number | boolean>;
}

interface EvaluatedLeaf {
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

interface EngineLike {
  addRule(rule: unknown): unknown;
  addFact(id: string, value: unknown): unknown;
  getFact(id: string): object | undefined;
  removeFact(id: string): unknown;
  addOperator(name: string, fn: (a: unknown, b: unknown) => boolean): unknown;
  run(facts: Record<string, object>): Promise<{ results: RuleResultLike[]; failureResults: RuleResultLike[] }>;
}
interface RuleResultLike {
  conditions: { all?: EvaluatedLeaf[] };
}
export type EngineConstructor = new (rules: unknown[], options: Record<string, unknown>) => EngineLike;
type FactConstructor = new (id: string, value: unknown, options: { cache: boolean }) => object;

/**
 * json-rules-engine's own Fact class, as the engine made it (the bench and a test hand in other builds of the
 * engine, whose Fact is another class). Runtime facts given as Fact instances with `cache: false` skip the
 * cache key json-rules-engine would otherwise hash for every constant fact on every run, and never read.
 */
function factClassOf(engine: EngineLike): FactConstructor {
  engine.addFact('vw_probe', 0);
  const probe = engine.getFact('vw_probe') as object;
  engine.removeFact('vw_probe');
  return probe.constructor as FactConstructor;
}

/**
 * Leaves per json-rules-engine run. One run holds every distinct leaf of files up to this size (Ommen has 30,
 * 1000 generated regelingen about 1,570); a bigger file is split over several runs, so the evaluation
 * can give the page back between them (time-slices.ts).
 */
export const LEAVES_PER_RUN = 2000;

/** Rules between two pause points (compile and combination): keeps every step far below a slice. */
const RULES_PER_STEP = 64;

/**
 * The name a fact with its params has inside the engine: `inkomensgrens({"percentage":110})`. Each one is
 * computed once per run and given to json-rules-engine as a constant runtime fact, which spares it a dynamic
 * fact call, a params hash and a promise for every condition (docs/decisions/0011-facts-as-constants.md).
 * Fact ids are snake_case, so the brackets can never collide with a real fact.
 */
function factKey(fact: string, params: Record<string, unknown> | undefined): string {
  if (!params) return fact;
  const names = Object.keys(params);
  if (names.length === 0) return fact;
  const sorted = Object.fromEntries(names.sort(byCodeUnits).map((k) => [k, params[k]]));
  return `${fact}(${JSON.stringify(sorted)})`;
}

/** A regeling's tree with each leaf pointing at its distinct leaf (`at`), in the order of the tree. */
type Plan = { at: number; leaf: Leaf } | { all: boolean; items: Plan[] };

const PESSIMISTIC = operatorTable('pessimistic');
const OPTIMISTIC = operatorTable('optimistic');
const unknown = (v: unknown) => v === null || v === undefined;
const KLEENE: Record<ConditionStatus, Outcome> = { voldaan: 'ja', 'niet-voldaan': 'nee', onbekend: 'misschien' };

/** A leaf's status from the pessimistic run: with exact values both operator tables agree (operators.ts). */
function statusOf(leaf: Leaf, run: EvaluatedLeaf): ConditionStatus {
  if (run.result === true) return 'voldaan';
  const { factResult: a, valueResult: b } = run;
  if (unknown(a) || unknown(b)) return 'onbekend';
  if (isRange(a) || isRange(b)) return OPTIMISTIC[leaf.operator](a, b) ? 'onbekend' : 'niet-voldaan';
  return 'niet-voldaan';
}

/** The leaf values of one run, by distinct leaf. */
interface LeafValues {
  status: ConditionStatus[];
  fact: unknown[];
  limit: unknown[];
}

/** A plan's three-valued value (all = the lowest of its children, any = the highest); collects its leaves. */
function combine(plan: Plan, values: LeafValues, out: LeafResult[]): Outcome {
  if ('at' in plan) {
    const status = values.status[plan.at] as ConditionStatus;
    out.push({ leaf: plan.leaf, status, factValue: values.fact[plan.at], limitValue: values.limit[plan.at] });
    return KLEENE[status];
  }
  const join = plan.all ? lowest : highest;
  let value: Outcome = plan.all ? 'ja' : 'nee';
  for (const item of plan.items) value = join(value, combine(item, values, out));
  return value;
}

/** The steps that turn rules into a runner; they pause between groups of rules (time-slices.ts). */
export function* prepareRunner(
  rules: RuleSpec[],
  resolve: FactResolver,
  Ctor?: EngineConstructor,
  leavesPerRun = LEAVES_PER_RUN,
): Generator<void, Runner> {
  const EngineCtor = Ctor ?? (JsonRulesEngine as unknown as EngineConstructor);
  const uses = new Map<string, FactUse>();
  const useFact = (fact: string, params: FactUse['params'] | undefined) => {
    const key = factKey(fact, params);
    if (!uses.has(key)) uses.set(key, { fact, params: params ?? {} });
    return key;
  };
  const distinct = new Map<string, number>();
  const distinctLeaves: Leaf[] = [];
  const engineLeaves: unknown[] = [];
  const planOf = (node: Node): Plan => {
    if ('leaf' in node) {
      const { fact, params, operator, value } = node.leaf;
      const condition = {
        fact: useFact(fact, params),
        operator,
        value: isFactRef(value) ? { fact: useFact(value.fact, value.params) } : value,
      };
      const key = JSON.stringify([condition.fact, operator, condition.value]);
      let at = distinct.get(key);
      if (at === undefined) {
        at = engineLeaves.push(condition) - 1;
        distinct.set(key, at);
        distinctLeaves.push(node.leaf);
      }
      return { at, leaf: node.leaf };
    }
    return 'all' in node ? { all: true, items: node.all.map(planOf) } : { all: false, items: node.any.map(planOf) };
  };
  const plans: { name: string; plan: Plan }[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i] as RuleSpec;
    plans.push({ name: rule.name, plan: planOf(rule.tree) });
    if (i % RULES_PER_STEP === RULES_PER_STEP - 1) yield;
  }

  // One rule of distinct leaves per engine. No condition has a priority, so json-rules-engine evaluates every
  // leaf of the rule (it short-circuits only between priority sets): the reasons never have gaps.
  const engines: EngineLike[] = [];
  let Fact: FactConstructor | undefined;
  for (let from = 0; from < engineLeaves.length; from += leavesPerRun) {
    const engine = new EngineCtor([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
    for (const [name, fn] of Object.entries(PESSIMISTIC)) engine.addOperator(name, fn);
    Fact ??= factClassOf(engine);
    engine.addRule({ conditions: { all: engineLeaves.slice(from, from + leavesPerRun) }, event: { type: 'leaves' } });
    engines.push(engine);
    yield;
  }

  // A json-rules-engine Engine holds one run status: a run that finishes sets FINISHED and another run still
  // going skips its remaining rules. So runs on this runner take turns, whoever calls evaluate() meanwhile.
  let queue: Promise<unknown> = Promise.resolve();
  return function run(context: unknown): Promise<Map<string, RuleRun>> {
    const turn = queue.then(() => runOnce(context));
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function runOnce(context: unknown): Promise<Map<string, RuleRun>> {
    const slice = createSlicer();
    const facts: Record<string, object> = {};
    for (const [key, { fact, params }] of uses) {
      if (Fact) facts[key] = new Fact(key, resolve(fact, params, context), { cache: false });
    }
    const n = distinctLeaves.length;
    const values: LeafValues = { status: new Array(n), fact: new Array(n), limit: new Array(n) };
    for (const [part, engine] of engines.entries()) {
      await slice.pause();
      const run = await engine.run(facts);
      const evaluated = ([...run.results, ...run.failureResults][0]?.conditions.all ?? []) as EvaluatedLeaf[];
      const from = part * leavesPerRun;
      // Never read a leaf json-rules-engine did not evaluate as anything: a wrong "nee" is worse than an error.
      if (evaluated.length !== Math.min(leavesPerRun, n - from)) throw new Error('json-rules-engine skipped conditions');
      evaluated.forEach((leaf, i) => {
        values.status[from + i] = statusOf(distinctLeaves[from + i] as Leaf, leaf);
        values.fact[from + i] = leaf.factResult;
        values.limit[from + i] = leaf.valueResult;
      });
    }
    const out = new Map<string, RuleRun>();
    for (let i = 0; i < plans.length; i++) {
      if (i > 0 && i % RULES_PER_STEP === 0 && slice.due) await slice.pause();
      const { name, plan } = plans[i] as (typeof plans)[number];
      const leaves: LeafResult[] = [];
      out.set(name, { outcome: combine(plan, values, leaves), leaves });
    }
    return out;
  }
}

/** Build the engines once per rules file, in one go; `run` then evaluates every rule for one context. */
export function createRunner(rules: RuleSpec[], resolve: FactResolver, Ctor?: EngineConstructor, leavesPerRun?: number): Runner {
  return runToEnd(prepareRunner(rules, resolve, Ctor, leavesPerRun));
}
