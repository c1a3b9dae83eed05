// The only module that imports json-rules-engine. It runs every rule twice, once with optimistic and once
// with pessimistic operators (operators.ts), and reads each leaf's result from both runs: json-rules-engine
// really decides every condition; this module only combines the two answers into ja / misschien / nee.
import { Engine as JsonRulesEngine } from 'json-rules-engine';
import { isFactRef, type Leaf, type Node } from './normalize-conditions.ts';
import { isRange, type Mode, type OperatorName, operatorTable } from './operators.ts';
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

/** Computes any fact from the per-run context; `params` are the condition's params. */
export type FactResolver = (fact: string, params: Record<string, unknown>, context: unknown) => unknown;

interface FactUse {
  fact: string;
  params: Record<string, string | number | boolean>;
}

interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

interface EngineLike {
  addRule(rule: unknown): unknown;
  addOperator(name: string, fn: (a: unknown, b: unknown) => boolean): unknown;
  run(facts: Record<string, unknown>): Promise<{ results: RuleResultLike[]; failureResults: RuleResultLike[] }>;
}
interface RuleResultLike {
  name: string;
  result: boolean;
  conditions: EvaluatedCondition;
}
export type EngineConstructor = new (rules: unknown[], options: Record<string, unknown>) => EngineLike;

/**
 * The name a fact with its params has inside the engine: `inkomensgrens({"percentage":110})`. Each one is
 * computed once per run and given to json-rules-engine as a constant runtime fact, which spares it a dynamic
 * fact call, a params hash and a promise for every condition (the bulk of a run with 1000 regelingen).
 * Fact ids are snake_case, so the brackets can never collide with a real fact.
 */
function factKey(fact: string, params: Record<string, unknown> | undefined): string {
  if (!params || Object.keys(params).length === 0) return fact;
  const sorted = Object.fromEntries(Object.entries(params).sort(([a], [b]) => a.localeCompare(b)));
  return `${fact}(${JSON.stringify(sorted)})`;
}

/** Strip our bookkeeping: json-rules-engine gets its own condition format, facts named by factKey. */
function toEngineCondition(node: Node, uses: Map<string, FactUse>): unknown {
  if ('leaf' in node) {
    const { fact, params, operator, value } = node.leaf;
    const use = (f: string, p: FactUse['params'] | undefined) => {
      const key = factKey(f, p);
      uses.set(key, { fact: f, params: p ?? {} });
      return key;
    };
    const engineValue = isFactRef(value) ? { fact: use(value.fact, value.params) } : value;
    return { fact: use(fact, params), operator, value: engineValue };
  }
  return 'all' in node
    ? { all: node.all.map((n) => toEngineCondition(n, uses)) }
    : { any: node.any.map((n) => toEngineCondition(n, uses)) };
}

function buildEngine(mode: Mode, rules: { name: string; conditions: unknown }[], Ctor: EngineConstructor) {
  const engine = new Ctor([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  for (const [name, fn] of Object.entries(operatorTable(mode))) engine.addOperator(name as OperatorName, fn);
  for (const rule of rules) engine.addRule({ ...rule, event: { type: rule.name } });
  return engine;
}

const statusOf = (optimistic: boolean | undefined, pessimistic: boolean | undefined): ConditionStatus =>
  pessimistic === true ? 'voldaan' : optimistic === false ? 'niet-voldaan' : 'onbekend';

/** Walk our tree and both evaluated trees side by side (json-rules-engine keeps the order). */
function collect(node: Node, opt: EvaluatedCondition, pess: EvaluatedCondition, out: LeafResult[]): void {
  if ('leaf' in node) {
    out.push({
      leaf: node.leaf,
      status: statusOf(opt.result, pess.result),
      factValue: pess.factResult,
      limitValue: pess.valueResult,
    });
    return;
  }
  const key = 'all' in node ? 'all' : 'any';
  const children = 'all' in node ? node.all : node.any;
  children.forEach((child, i) => collect(child, opt[key]?.[i] ?? {}, pess[key]?.[i] ?? {}, out));
}

function byName(run: { results: RuleResultLike[]; failureResults: RuleResultLike[] }) {
  return new Map([...run.results, ...run.failureResults].map((r) => [r.name, r]));
}

/** Build the two engines once per rules file; `run` then evaluates every rule for one context. */
export function createRunner(rules: RuleSpec[], resolve: FactResolver, Ctor?: EngineConstructor) {
  const EngineCtor = Ctor ?? (JsonRulesEngine as unknown as EngineConstructor);
  const uses = new Map<string, FactUse>();
  const engineRules = rules.map((r) => ({ name: r.name, conditions: toEngineCondition(r.tree, uses) }));
  const optimistic = buildEngine('optimistic', engineRules, EngineCtor);
  const pessimistic = buildEngine('pessimistic', engineRules, EngineCtor);
  // A json-rules-engine Engine holds one run status: a run that finishes sets FINISHED and the other run still
  // going skips its remaining rules. So runs on these engines take turns, whoever calls evaluate() meanwhile.
  let queue: Promise<unknown> = Promise.resolve();
  return function run(context: unknown): Promise<Map<string, RuleRun>> {
    const turn = queue.then(() => runOnce(context));
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function runOnce(context: unknown): Promise<Map<string, RuleRun>> {
    const facts: Record<string, unknown> = {};
    for (const [key, { fact, params }] of uses) facts[key] = resolve(fact, params, context);
    // With every value exact (no unknown, no range) both operator tables answer alike (operators.ts), so one
    // run serves as both: complete households, the examples and the impact preview cost half.
    const exact = Object.values(facts).every((v) => v !== null && v !== undefined && !isRange(v));
    const pess = await pessimistic.run(facts).then(byName);
    const opt = exact ? pess : await optimistic.run(facts).then(byName);
    const out = new Map<string, RuleRun>();
    for (const rule of rules) {
      const o = opt.get(rule.name);
      const p = pess.get(rule.name);
      const leaves: LeafResult[] = [];
      if (o && p) collect(rule.tree, o.conditions, p.conditions, leaves);
      const outcome: Outcome = p?.result ? 'ja' : o?.result === false ? 'nee' : 'misschien';
      out.set(rule.name, { outcome, leaves });
    }
    return out;
  }
}
