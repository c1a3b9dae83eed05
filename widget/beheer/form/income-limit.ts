// The income limit of a regeling: the comparison with { "fact": "inkomensgrens", "params": { "percentage" } }
// in its conditions, directly or through a shared condition. Changing it for one regeling replaces the
// reference by its own copy; changing the shared condition changes it for every regeling that uses it.
import type { Json } from './json-edit.ts';

export type OfferGroup = 'regelingen' | 'hulppunten';

export interface SharedUser {
  group: OfferGroup;
  id: string;
  officialName: string;
}

export interface IncomeLimit {
  percentage: number;
  /** The shared condition it comes from, or null when the regeling has its own comparison. */
  shared: string | null;
  /** The other regelingen and help points that use the same shared condition. */
  alsoUsedBy: SharedUser[];
}

type Obj = { [key: string]: Json };
const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function percentageOf(c: Json | undefined): number | null {
  if (!isObj(c) || !isObj(c.value) || c.value.fact !== 'inkomensgrens' || !isObj(c.value.params)) return null;
  const p = c.value.params.percentage;
  return typeof p === 'number' ? p : null;
}

/** The condition objects of a tree, depth first, with a way to replace each in its parent. */
function* nodes(c: Json | undefined, replace: (n: Json) => void): Generator<[Obj, (n: Json) => void]> {
  if (!isObj(c)) return;
  yield [c, replace];
  for (const key of ['all', 'any'] as const) {
    const list = c[key];
    if (Array.isArray(list)) for (let i = 0; i < list.length; i++) yield* nodes(list[i], (n) => (list[i] = n));
  }
  if (isObj(c.not)) yield* nodes(c.not, (n) => (c.not = n));
}

function sharedUses(c: Json | undefined, name: string): boolean {
  for (const [n] of nodes(c, () => {})) if (n.condition === name) return true;
  return false;
}

function offer(file: Obj, group: OfferGroup, index: number): Obj | null {
  const list = file[group];
  const o = Array.isArray(list) ? list[index] : undefined;
  return isObj(o) ? o : null;
}

function find(file: Obj, group: OfferGroup, index: number) {
  const o = offer(file, group, index);
  if (!o) return null;
  const shared = isObj(file.conditions) ? file.conditions : {};
  for (const [node, replace] of nodes(o.conditions, (n) => (o.conditions = n))) {
    const own = percentageOf(node);
    if (own !== null) return { percentage: own, shared: null, node, replace };
    if (typeof node.condition === 'string') {
      const p = percentageOf(shared[node.condition]);
      if (p !== null) return { percentage: p, shared: node.condition, node, replace };
    }
  }
  return null;
}

export function incomeLimitOf(file: Obj, group: OfferGroup, index: number): IncomeLimit | null {
  const found = find(file, group, index);
  if (!found) return null;
  const alsoUsedBy: SharedUser[] = [];
  if (found.shared) {
    for (const g of ['regelingen', 'hulppunten'] as const) {
      const list = file[g];
      if (!Array.isArray(list)) continue;
      list.forEach((o, i) => {
        if (!isObj(o) || (g === group && i === index) || !sharedUses(o.conditions, found.shared as string)) return;
        alsoUsedBy.push({ group: g, id: String(o.id), officialName: String(o.officialName ?? o.id) });
      });
    }
  }
  return { percentage: found.percentage, shared: found.shared, alsoUsedBy };
}

/**
 * Set the percentage. scope 'eigen': only this regeling (a shared reference becomes its own copy of the
 * comparison); 'gedeeld': the shared condition itself, for every regeling that uses it.
 */
export function setIncomePercentage(file: Obj, group: OfferGroup, index: number, percentage: number, scope: 'eigen' | 'gedeeld') {
  const found = find(file, group, index);
  if (!found) return;
  const shared = isObj(file.conditions) ? file.conditions : {};
  if (found.shared && scope === 'gedeeld') {
    const target = shared[found.shared];
    if (isObj(target) && isObj(target.value) && isObj(target.value.params)) target.value.params.percentage = percentage;
    return;
  }
  if (found.shared) {
    const copy = JSON.parse(JSON.stringify(shared[found.shared])) as Obj;
    if (isObj(copy.value) && isObj(copy.value.params)) copy.value.params.percentage = percentage;
    found.replace(copy);
    return;
  }
  const value = found.node.value;
  if (isObj(value) && isObj(value.params)) value.params.percentage = percentage;
}
