// Hostile rules files built from rules/ommen.json, one per class of attack on the checker: each is small
// as text and is refused (or, within the limits, accepted) quickly, with its own located message.
import { ommenText } from '../../support/ommen.ts';

type Obj = Record<string, unknown>;
export const ommen = (): Obj => JSON.parse(ommenText) as Obj;

const regelingen = (f: Obj) => f.regelingen as { conditions: { all: unknown[] } }[];

/**
 * A condition bomb: shared conditions b0 .. b{depth} where each level names the next one twice, no cycle.
 * b0 expands to 2^depth leaves; the file stays a few kB. Used by regeling 0.
 */
export function conditionBomb(depth: number): Obj {
  const f = ommen();
  const shared = f.conditions as Obj;
  for (let i = 0; i < depth; i++) shared[`b${i}`] = { any: [{ condition: `b${i + 1}` }, { condition: `b${i + 1}` }] };
  shared[`b${depth}`] = { fact: 'leeftijd', operator: 'greaterThan', value: 200 };
  regelingen(f)[0]?.conditions.all.push({ condition: 'b0' });
  return f;
}

/** Leaves of regeling 0 nested `depth` levels deep in `not` (as text: JSON.stringify overflows on 100,000 levels). */
export function deeplyNested(depth: number): string {
  const f = ommen();
  (regelingen(f)[0] as Obj).conditions = '__DEEP__';
  const leaf = '{"fact":"leeftijd","operator":"greaterThan","value":17}';
  return JSON.stringify(f).replace('"__DEEP__"', `${'{"not":'.repeat(depth)}${leaf}${'}'.repeat(depth)}`);
}
