// The only module that imports json-rules-engine. json-rules-engine decides every condition in one run, with
// the pessimistic operators (operators.ts): a leaf passes when it must hold, and a rule passes (ja) when its
// conditions must hold. This module reads the rest off the leaves (engine-notes.md, option 2): a leaf with an
// unknown side is onbekend; a failed leaf against a range (a limit known only between two bounds) is onbekend
// when the optimistic operator says it could still hold; then all/any combine three-valued (README, Decision 1).
import { Engine as JsonRulesEngine } from 'json-rules-engine';
import { isFactRef, type Leaf, type Node } from './normalize-conditions.ts';
import { isRange, operatorTable } from './operators.ts';
import { highest, lowest } from './outcome-order.ts';
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

function buildEngine(rules: { name: string; conditions: unknown }[], Ctor: EngineConstructor) {
  const engine = new Ctor([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  for (const [name, fn] of Object.entries(PESSIMISTIC)) engine.addOperator(name, fn);
  for (const rule of rules) engine.addRule({ ...rule, event: { type: rule.name } });
  return engine;
}

const PESSIMISTIC = operatorTable('pessimistic');
const OPTIMISTIC = operatorTable('optimistic');
const unknown = (v: unknown) => v === null || v === undefined;
const KLEENE: Record<ConditionStatus, Outcome> = { voldaan: 'ja', 'niet-voldaan': 'nee', onbekend: 'misschien' };

/** A leaf's status from the pessimistic run: with exact values both operator tables agree (operators.ts). */
function statusOf(leaf: Leaf, run: EvaluatedCondition): ConditionStatus {
  if (run.result === true) return 'voldaan';
  const { factResult: a, valueResult: b } = run;
  if (unknown(a) || unknown(b)) return 'onbekend';
  if (isRange(a) || isRange(b)) return OPTIMISTIC[leaf.operator](a, b) ? 'onbekend' : 'niet-voldaan';
  return 'niet-voldaan';
}

/**
 * Walk our tree and the evaluated tree side by side (json-rules-engine keeps the order), collecting the
 * leaves; returns the node's three-valued value: all = the lowest of its children, any = the highest.
 */
function collect(node: Node, run: EvaluatedCondition, out: LeafResult[]): Outcome {
  if ('leaf' in node) {
    const status = statusOf(node.leaf, run);
    out.push({ leaf: node.leaf, status, factValue: run.factResult, limitValue: run.valueResult });
    return KLEENE[status];
  }
  const isAll = 'all' in node;
  const key = isAll ? 'all' : 'any';
  const children = isAll ? node.all : node.any;
  const combine = isAll ? lowest : highest;
  let value: Outcome = isAll ? 'ja' : 'nee';
  children.forEach((child, i) => {
    value = combine(value, collect(child, run[key]?.[i] ?? {}, out));
  });
  return value;
}

function byName(run: { results: RuleResultLike[]; failureResults: RuleResultLike[] }) {
  return new Map([...run.results, ...run.failureResults].map((r) => [r.name, r]));
}

/** Build the engine once per rules file; `run` then evaluates every rule for one context. */
export function createRunner(rules: RuleSpec[], resolve: FactResolver, Ctor?: EngineConstructor) {
  const EngineCtor = Ctor ?? (JsonRulesEngine as unknown as EngineConstructor);
  const uses = new Map<string, FactUse>();
  const engine = buildEngine(
    rules.map((r) => ({ name: r.name, conditions: toEngineCondition(r.tree, uses) })),
    EngineCtor,
  );
  // A json-rules-engine Engine holds one run status: a run that finishes sets FINISHED and another run still
  // going skips its remaining rules. So runs on this engine take turns, whoever calls evaluate() meanwhile.
  let queue: Promise<unknown> = Promise.resolve();
  return function run(context: unknown): Promise<Map<string, RuleRun>> {
    const turn = queue.then(() => runOnce(context));
    queue = turn.catch(() => undefined);
    return turn;
  };

  async function runOnce(context: unknown): Promise<Map<string, RuleRun>> {
    const facts: Record<string, unknown> = {};
    for (const [key, { fact, params }] of uses) facts[key] = resolve(fact, params, context);
    const results = byName(await engine.run(facts));
    const out = new Map<string, RuleRun>();
    for (const rule of rules) {
      const r = results.get(rule.name);
      const leaves: LeafResult[] = [];
      const value = r ? collect(rule.tree, r.conditions, leaves) : 'misschien';
      // json-rules-engine's verdict decides ja; the three-valued walk only tells nee from misschien.
      const outcome: Outcome = r?.result ? 'ja' : value === 'nee' ? 'nee' : 'misschien';
      out.set(rule.name, { outcome, leaves });
    }
    return out;
  }
}
