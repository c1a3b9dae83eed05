// Generates schema-valid rules files with N regelingen for the bench: Ommen's questions, norms, shared
// conditions and hulppunten, plus random conditions over them (income limits via inkomensgrens with random
// percentages, vermogen, leeftijd, children, booleans, nested any/all/not). Seeded, so runs compare.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Condition, Regeling, RulesFile } from '../../widget/engine/types.ts';

/** mulberry32: small, fast, seedable; Math.random cannot be seeded. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

export const ommenFile = (): RulesFile =>
  JSON.parse(readFileSync(resolve(process.cwd(), 'rules/ommen.json'), 'utf8')) as RulesFile;

const leafMakers: ((r: Rng) => Condition)[] = [
  (r) => ({
    fact: 'netto_inkomen',
    operator: 'lessThanInclusive',
    value: { fact: 'inkomensgrens', params: { percentage: r.int(90, 150) + r.pick([0, 0.5]) } },
  }),
  (r) => ({
    fact: 'netto_inkomen',
    operator: r.pick(['lessThan', 'lessThanInclusive'] as const),
    value: r.int(500, 3000) + r.int(0, 99) / 100,
  }),
  () => ({ fact: 'vermogen', operator: 'lessThanInclusive', value: { fact: 'vermogensgrens' } }),
  (r) => ({ fact: 'vermogen', operator: 'lessThan', value: r.int(1000, 40000) }),
  (r) => ({
    fact: 'leeftijd',
    operator: r.pick(['greaterThanInclusive', 'greaterThan', 'lessThan'] as const),
    value: r.int(16, 70),
  }),
  () => ({ fact: 'leeftijd', operator: 'lessThan', value: { fact: 'aow_leeftijd' } }),
  (r) => ({ fact: 'aantal_kinderen', operator: 'greaterThanInclusive', value: r.int(1, 3) }),
  (r) => ({
    fact: 'aantal_kinderen',
    params: { minLeeftijd: r.int(0, 8), maxLeeftijd: r.int(9, 17) },
    operator: 'greaterThanInclusive',
    value: 1,
  }),
  (r) => ({
    fact: r.pick([
      'woont_in_gemeente',
      'student',
      'schulden',
      'kinderopvang',
      'bijzondere_kosten',
      'laag_inkomen_3_jaar',
      'heeft_partner',
    ]),
    operator: r.pick(['equal', 'notEqual'] as const),
    value: r.next() < 0.5,
  }),
  (r) => ({
    fact: 'woonsituatie',
    operator: r.pick(['in', 'notIn'] as const),
    value: r.pick([['huur'], ['huur', 'koop'], ['anders']]),
  }),
  () => ({
    fact: 'jaarinkomen',
    operator: 'lessThanInclusive',
    value: { fact: 'grens', params: { naam: 'zorgtoeslag_inkomen' } },
  }),
  () => ({ fact: 'aow_in_huishouden', operator: 'equal', value: false }),
  (r) => ({
    condition: r.pick(['woont-in-gemeente', 'volwassen', 'inkomen-tot-110', 'vermogen-binnen-grens', 'heeft-kinderen']),
  }),
];

function condition(r: Rng, depth: number): Condition {
  const roll = r.next();
  if (depth < 2 && roll < 0.3) {
    const items = Array.from({ length: r.int(2, 3) }, () => condition(r, depth + 1)) as [Condition, ...Condition[]];
    return r.next() < 0.5 ? { any: items } : { all: items };
  }
  if (depth > 0 && roll < 0.35) return { not: r.pick(leafMakers)(r) };
  return r.pick(leafMakers)(r);
}

/** A rules file with `count` generated regelingen (ids r-0001 ...); hulppunten that read an outcome read r-0001. */
export function generateRules(count: number, seed = 1): RulesFile {
  const base = ommenFile();
  const r = rng(seed);
  const template = base.regelingen.find((x) => !x.amount) ?? (base.regelingen[0] as Regeling);
  const regelingen: Regeling[] = Array.from({ length: count }, (_, i) => {
    const { amount: _amount, ...rest } = template;
    return {
      ...rest,
      id: `r-${String(i + 1).padStart(4, '0')}`,
      status: 'actief',
      maximaal: r.pick(['ja', 'misschien'] as const),
      conditions: { all: Array.from({ length: r.int(3, 6) }, () => condition(r, 1)) as [Condition, ...Condition[]] },
    };
  });
  const hulppunten = JSON.parse(JSON.stringify(base.hulppunten).replace(/"regeling":"[a-z0-9-]+"/g, '"regeling":"r-0001"'));
  return { ...base, regelingen, hulppunten, examples: [] };
}
