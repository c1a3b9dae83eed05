// The bench floor: the same normalised condition trees evaluated synchronously in three-valued (Kleene) logic,
// with no json-rules-engine in between. Only for the bench and for the equivalence property test
// (tests/properties/plain-evaluator.test.ts) that keeps the floor honest. The widget never uses this.
import { normalizeAnswers } from '../../widget/engine/answers.ts';
import { type CompiledRules, ruleName, type StageContext } from '../../widget/engine/compiled-rules.ts';
import { cap } from '../../widget/engine/evaluate.ts';
import { isFactRef, type Leaf, type Node, normalizeCondition } from '../../widget/engine/normalize-conditions.ts';
import { choosePeriod } from '../../widget/engine/norms.ts';
import { operatorTable } from '../../widget/engine/operators.ts';
import type { Answers, ConditionStatus, Outcome } from '../../widget/engine/types.ts';

export interface PlainOffer {
  outcome: Outcome;
  uncapped: Outcome;
  /** Each leaf's status, in tree order (the same order as evaluate()'s reasons). */
  statuses: ConditionStatus[];
}

export interface PlainResult {
  regelingen: Record<string, PlainOffer>;
  hulppunten: Record<string, PlainOffer>;
  askWhen: Record<string, Outcome>;
}

// The operators and the cap are the engine's (they have their own unit tests); what this floor replaces is
// json-rules-engine: its run, async fact resolution, the tree walk and the all/any combination.
const optimistic = operatorTable('optimistic');
const pessimistic = operatorTable('pessimistic');

type Tri = boolean | null;
const fromStatus = (s: ConditionStatus): Tri => (s === 'voldaan' ? true : s === 'niet-voldaan' ? false : null);

function leafStatus(rules: CompiledRules, leaf: Leaf, context: StageContext): ConditionStatus {
  const value = rules.resolve(leaf.fact, leaf.params ?? {}, context);
  const limit = isFactRef(leaf.value) ? rules.resolve(leaf.value.fact, leaf.value.params ?? {}, context) : leaf.value;
  if (pessimistic[leaf.operator](value, limit)) return 'voldaan';
  return optimistic[leaf.operator](value, limit) ? 'onbekend' : 'niet-voldaan';
}

/** Kleene evaluation of a tree; pushes every leaf's status (all leaves are evaluated, like the engine does). */
function tri(rules: CompiledRules, node: Node, context: StageContext, out: ConditionStatus[]): Tri {
  if ('leaf' in node) {
    const status = leafStatus(rules, node.leaf, context);
    out.push(status);
    return fromStatus(status);
  }
  const isAll = 'all' in node;
  let acc: Tri = isAll;
  for (const child of isAll ? node.all : node.any) {
    const v = tri(rules, child, context, out);
    if (isAll) acc = acc === false || v === false ? false : acc === null || v === null ? null : true;
    else acc = acc === true || v === true ? true : acc === null || v === null ? null : false;
  }
  return acc;
}

const toOutcome = (v: Tri): Outcome => (v === true ? 'ja' : v === false ? 'nee' : 'misschien');

function offer(rules: CompiledRules, tree: Node, context: StageContext): { uncapped: Outcome; statuses: ConditionStatus[] } {
  const statuses: ConditionStatus[] = [];
  return { uncapped: toOutcome(tri(rules, tree, context, statuses)), statuses };
}

/** Outcomes, uncapped outcomes, leaf statuses and askWhen outcomes, as evaluate() computes them. Synchronous. */
export function plainEvaluate(rules: CompiledRules, answers: Answers, date: string): PlainResult {
  const { period } = choosePeriod(rules.file, rules.periods, date);
  const context: StageContext = { household: { answers: normalizeAnswers(rules.questions, answers), period }, outcomes: {} };
  const regelingen: Record<string, PlainOffer> = {};
  for (const r of rules.file.regelingen) {
    const { uncapped, statuses } = offer(rules, rules.trees.get(r.id) as Node, context);
    const outcome = cap(uncapped, r);
    context.outcomes[r.id] = outcome;
    regelingen[r.id] = { outcome, uncapped, statuses };
  }
  const hulppunten: Record<string, PlainOffer> = {};
  for (const h of rules.file.hulppunten) {
    const { uncapped, statuses } = offer(rules, rules.trees.get(h.id) as Node, context);
    hulppunten[h.id] = { outcome: cap(uncapped, h), uncapped, statuses };
  }
  const askWhen: Record<string, Outcome> = {};
  for (const q of rules.questions) askWhen[q.id] = q.askWhen ? askWhenOutcome(rules, q.id, context) : 'ja';
  return { regelingen, hulppunten, askWhen };
}

// CompiledRules keeps no askWhen trees by question id, so they are normalised once here and cached.
const askWhenTrees = new WeakMap<CompiledRules, Map<string, Node>>();
function askWhenOutcome(rules: CompiledRules, id: string, context: StageContext): Outcome {
  let trees = askWhenTrees.get(rules);
  if (!trees) {
    trees = new Map();
    askWhenTrees.set(rules, trees);
  }
  let tree = trees.get(id);
  if (!tree) {
    tree = askWhenTree(rules, id);
    trees.set(id, tree);
  }
  return offer(rules, tree, context).uncapped;
}

function askWhenTree(rules: CompiledRules, id: string): Node {
  const i = rules.questions.findIndex((q) => q.id === id);
  const q = rules.questions[i];
  if (!q?.askWhen) throw new Error(`question ${id} has no askWhen (${ruleName.question(id)})`);
  const ctx = { shared: rules.file.conditions ?? {}, isMoney: (f: string) => rules.factTypes.get(f) === 'money' };
  return normalizeCondition(q.askWhen, `$.questions[${i}].askWhen`, ctx);
}
