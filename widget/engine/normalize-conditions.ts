// Turns a rules-file condition into the tree the engine runs: shared conditions inlined, `not` pushed
// down to the leaves (so the pessimistic run and the optimistic reading stay sound, see operators.ts), a bare leaf
// wrapped in `all`, and money literals converted to cents. Each leaf keeps where it came from.
import { prop } from './json-path.ts';
import { toCents } from './money.ts';
import { complement, type OperatorName } from './operators.ts';
import type { Comparison, Condition, FactRef } from './types.ts';

export type LiteralValue = string | number | boolean | (string | number | boolean)[];

export interface Leaf {
  fact: string;
  params?: Record<string, string | number | boolean>;
  operator: OperatorName;
  /** Engine value: literal (money in cents) or a fact reference. */
  value: LiteralValue | FactRef;
  /** The place in the rules file, as JSONPath. */
  path: string;
  /** The shared condition this leaf came from. */
  via?: string;
}

export type Node = { all: Node[] } | { any: Node[] } | { leaf: Leaf };

export interface NormalizeContext {
  shared: Record<string, Condition>;
  isMoney(fact: string): boolean;
}

const isFactRef = (v: unknown): v is FactRef => typeof v === 'object' && v !== null && !Array.isArray(v) && 'fact' in v;

function toLeaf(c: Comparison, path: string, negate: boolean, via: string | undefined, ctx: NormalizeContext): Leaf {
  const money = ctx.isMoney(c.fact);
  const convert = (v: string | number | boolean) => (money && typeof v === 'number' ? toCents(v) : v);
  const value = isFactRef(c.value) ? c.value : Array.isArray(c.value) ? c.value.map(convert) : convert(c.value);
  const operator = c.operator;
  return {
    fact: c.fact,
    ...(c.params ? { params: c.params } : {}),
    operator: negate ? complement[operator] : operator,
    value,
    path,
    ...(via ? { via } : {}),
  };
}

function walk(c: Condition, path: string, negate: boolean, via: string | undefined, seen: string[], ctx: NormalizeContext): Node {
  if ('all' in c || 'any' in c) {
    const isAll = 'all' in c;
    const key = isAll ? 'all' : 'any';
    const items = ((c as { all?: Condition[]; any?: Condition[] })[key] ?? []).map((sub, i) =>
      walk(sub, `${path}.${key}[${i}]`, negate, via, seen, ctx),
    );
    // De Morgan: not(all) = any(not), not(any) = all(not).
    if (isAll !== negate) return flatten('all', items);
    // not(all: []) is "false": an `any` over nothing is false in three-valued logic, but json-rules-engine
    // treats an empty `any` as true, so keep an unsatisfiable `all` instead.
    return items.length === 0 ? { all: [{ leaf: FALSE_LEAF(path) }] } : flatten('any', items);
  }
  if ('not' in c) return walk(c.not, `${path}.not`, !negate, via, seen, ctx);
  if ('condition' in c) {
    const name = c.condition;
    const target = ctx.shared[name];
    if (!target) throw new Error(`${path}.condition: onbekende gedeelde voorwaarde "${name}"`);
    if (seen.includes(name)) throw new Error(`${path}.condition: kringverwijzing ${[...seen, name].join(' -> ')}`);
    return walk(target, prop('$.conditions', name), negate, via ?? name, [...seen, name], ctx);
  }
  return { leaf: toLeaf(c, path, negate, via, ctx) };
}

/**
 * An all inside an all (an any inside an any) is the same as its children in place, and a group of one is its
 * child: json-rules-engine pays a promise chain per group, so a shared condition costs no extra level.
 */
function flatten(kind: 'all' | 'any', items: Node[]): Node {
  const flat = items.flatMap((n) => (kind in n ? (n as Record<typeof kind, Node[]>)[kind] : [n]));
  if (flat.length === 1) return flat[0] as Node;
  return kind === 'all' ? { all: flat } : { any: flat };
}

const FALSE_LEAF = (path: string): Leaf => ({ fact: 'aow_leeftijd', operator: 'lessThan', value: -1, path });

/** Normalise a condition; the root is always an `all` or `any`, as json-rules-engine requires. */
export function normalizeCondition(c: Condition, path: string, ctx: NormalizeContext): Node {
  const node = walk(c, path, false, undefined, [], ctx);
  return 'leaf' in node ? { all: [node] } : node;
}

/** Every leaf of a normalised tree, in order. */
export function leaves(node: Node): Leaf[] {
  if ('leaf' in node) return [node.leaf];
  return ('all' in node ? node.all : node.any).flatMap(leaves);
}

/** The facts a normalised tree reads, on either side of a comparison. */
export function factsRead(node: Node): { fact: string; params?: Leaf['params'] }[] {
  return leaves(node).flatMap((l) => [
    { fact: l.fact, ...(l.params ? { params: l.params } : {}) },
    ...(isFactRef(l.value) ? [{ fact: l.value.fact, ...(l.value.params ? { params: l.value.params } : {}) }] : []),
  ]);
}

export { isFactRef };
