// The only module that imports json-rules-engine. It runs every rule twice, once with optimistic and once
// with pessimistic operators (operators.ts), and reads each leaf's result from both runs: json-rules-engine
// really decides every condition; this module only combines the two answers into ja / misschien / nee.
import { Engine as JsonRulesEngine } from 'json-rules-engine';
import type { Leaf, Node } from './normalize-conditions.ts';
import { type Mode, type OperatorName, operatorTable } from './operators.ts';
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

const CONTEXT_FACT = '__context';

interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
}

interface EngineLike {
  addRule(rule: unknown): unknown;
  addFact(name: string, fn: (params: Record<string, unknown>, almanac: AlmanacLike) => unknown): unknown;
  addOperator(name: string, fn: (a: unknown, b: unknown) => boolean): unknown;
  run(facts: Record<string, unknown>): Promise<{ results: RuleResultLike[]; failureResults: RuleResultLike[] }>;
}
interface AlmanacLike {
  factValue(name: string): Promise<unknown>;
}
interface RuleResultLike {
  name: string;
  result: boolean;
  conditions: EvaluatedCondition;
}
export type EngineConstructor = new (rules: unknown[], options: Record<string, unknown>) => EngineLike;

/** Strip our bookkeeping: json-rules-engine gets its own condition format and nothing else. */
function toEngineCondition(node: Node): unknown {
  if ('leaf' in node) {
    const { fact, params, operator, value } = node.leaf;
    return { fact, operator, value, ...(params ? { params } : {}) };
  }
  return 'all' in node ? { all: node.all.map(toEngineCondition) } : { any: node.any.map(toEngineCondition) };
}

function buildEngine(mode: Mode, rules: RuleSpec[], facts: string[], resolve: FactResolver, Ctor: EngineConstructor) {
  const engine = new Ctor([], { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  for (const [name, fn] of Object.entries(operatorTable(mode))) engine.addOperator(name as OperatorName, fn);
  for (const fact of facts) {
    engine.addFact(fact, (params, almanac) =>
      almanac.factValue(CONTEXT_FACT).then((context) => resolve(fact, params ?? {}, context)),
    );
  }
  for (const rule of rules) {
    engine.addRule({ name: rule.name, conditions: toEngineCondition(rule.tree), event: { type: rule.name } });
  }
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
export function createRunner(rules: RuleSpec[], facts: string[], resolve: FactResolver, Ctor?: EngineConstructor) {
  const EngineCtor = Ctor ?? (JsonRulesEngine as unknown as EngineConstructor);
  const optimistic = buildEngine('optimistic', rules, facts, resolve, EngineCtor);
  const pessimistic = buildEngine('pessimistic', rules, facts, resolve, EngineCtor);
  return async function run(context: unknown): Promise<Map<string, RuleRun>> {
    const [opt, pess] = await Promise.all([
      optimistic.run({ [CONTEXT_FACT]: context }).then(byName),
      pessimistic.run({ [CONTEXT_FACT]: context }).then(byName),
    ]);
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
  };
}
