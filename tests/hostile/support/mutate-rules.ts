// A seeded mutator over rules/ommen.json that makes files which are certainly invalid: broken JSON, wrong
// types, missing required keys, unknown facts, cyclic shared conditions, out-of-range and huge numbers,
// and absurd nesting. Each file says which kind it is, so a failure names the mutation.
import { rng } from '../../bench/generate-rules.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
type Rng = ReturnType<typeof rng>;

export interface Malformed {
  kind: string;
  text: string;
}

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every comparison object ({fact, operator, value}) in conditions, askWhen and amount terms. */
function comparisons(v: Json, out: Obj[] = []): Obj[] {
  if (Array.isArray(v)) for (const x of v) comparisons(x, out);
  else if (isObj(v)) {
    if ('fact' in v && 'operator' in v) out.push(v);
    for (const x of Object.values(v)) comparisons(x, out);
  }
  return out;
}

const regelingen = (f: Obj) => f.regelingen as Obj[];
const questions = (f: Obj) => f.questions as Obj[];
const periods = (f: Obj) => (f.norms as Obj).periods as Obj[];

// Each mutation edits a fresh copy in place; the comment says why the result must be rejected.
const structural: Record<string, (f: Obj, r: Rng) => void> = {
  // schema: these fields have fixed types or enums
  'wrong-type:regeling': (f, r) => {
    const reg = r.pick(regelingen(f));
    const [key, bad] = r.pick<[string, Json]>([
      ['id', 123],
      ['maximaal', 'zeker'],
      ['organisations', []],
      ['conditions', 'all'],
      ['status', 5],
      ['texts', null],
    ]);
    reg[key] = bad;
  },
  'wrong-type:question': (f, r) => {
    const q = r.pick(questions(f));
    const [key, bad] = r.pick<[string, Json]>([
      ['type', 'text'],
      ['id', 'Geen Id'],
      ['texts', []],
      ['min', 'nul'],
    ]);
    q[key] = bad;
  },
  'wrong-type:norms': (f, r) => {
    const p = r.pick(periods(f));
    const [key, bad] = r.pick<[string, Json]>([
      ['aowAge', '67'],
      ['aowAge', 67.5],
      ['bijstandsnormen', 1400],
      ['from', '1 januari'],
    ]);
    p[key] = bad;
  },
  'wrong-type:comparison': (f, r) => {
    const c = r.pick(comparisons(f.regelingen as Json));
    const [key, bad] = r.pick<[string, Json]>([
      ['operator', 'contains'],
      ['value', null],
      ['value', {}],
      ['value', []],
      ['fact', 5],
      ['fact', 'Hoofd Letters'],
    ]);
    c[key] = bad;
  },
  'wrong-type:top': (f, r) => {
    const [key, bad] = r.pick<[string, Json]>([
      ['languages', 'nl'],
      ['questions', {}],
      ['regelingen', null],
      ['validFrom', 20260101],
      ['gemeente', 'Ommen'],
    ]);
    f[key] = bad;
  },
  // schema: required keys
  'missing-key:top': (f, r) => {
    delete f[
      r.pick([
        'gemeente',
        'version',
        'validFrom',
        'validUntil',
        'languages',
        'norms',
        'questions',
        'regelingen',
        'hulppunten',
        'examples',
      ])
    ];
  },
  'missing-key:regeling': (f, r) => {
    delete r.pick(regelingen(f))[r.pick(['id', 'conditions', 'maximaal', 'organisations', 'texts'])];
  },
  'missing-key:question': (f, r) => {
    delete r.pick(questions(f))[r.pick(['id', 'type', 'texts'])];
  },
  'missing-key:period': (f, r) => {
    delete r.pick(periods(f))[
      r.pick(['from', 'aowAge', 'holidayAllowancePercent', 'bijstandsnormen', 'vermogensgrenzen', 'limits'])
    ];
  },
  'missing-key:comparison': (f, r) => {
    delete r.pick(comparisons(f.regelingen as Json))[r.pick(['fact', 'operator', 'value'])];
  },
  // meaning check: facts and references must exist
  'unknown-fact': (f, r) => {
    r.pick(comparisons(f.regelingen as Json)).fact = `onbekend_feit_${r.int(0, 999)}`;
  },
  'unknown-fact-ref': (f, r) => {
    r.pick(comparisons(f.regelingen as Json)).value = { fact: `geen_grens_${r.int(0, 999)}` };
  },
  'unknown-shared-condition': (f, r) => {
    (r.pick(regelingen(f)).conditions as { all: Json[] }).all.push({ condition: `bestaat-niet-${r.int(0, 999)}` });
  },
  'missing-param': (f, r) => {
    r.pick(comparisons(f.regelingen as Json)).value = { fact: 'inkomensgrens', params: r.pick<Obj>([{}, { procent: 110 }]) };
  },
  // meaning check: shared conditions must not refer to themselves, directly or through others
  cycle: (f, r) => {
    const a = `kring-a-${r.int(0, 99)}`;
    const b = `kring-b-${r.int(0, 99)}`;
    const shared = f.conditions as Obj;
    if (r.next() < 0.5) shared[a] = { all: [{ condition: a }] };
    else {
      shared[a] = { any: [{ condition: b }, { fact: 'leeftijd', operator: 'greaterThan', value: 1 }] };
      shared[b] = { not: { condition: a } };
    }
    (r.pick(regelingen(f)).conditions as { all: Json[] }).all.push({ condition: a });
  },
  // schema: amounts are bounded (euro maximum 1e8, aowAge 60-75, holidayAllowancePercent 0-20)
  'huge-number': (f, r) => {
    const p = r.pick(periods(f));
    const which = r.int(0, 3);
    if (which === 0) (p.bijstandsnormen as Obj).alleenstaande_21 = r.pick([1e9, 1e300, -1, -1e300]);
    else if (which === 1) p.aowAge = r.pick([1e21, -67, 2 ** 53]);
    else if (which === 2) p.holidayAllowancePercent = r.pick([1e10, -4.8]);
    else (p.vermogensgrenzen as Obj).gehuwden = 1e200;
  },
};

/** Text-level damage: never valid JSON, or JSON with numbers no double can hold (1e400 parses as Infinity). */
const textual: Record<string, (text: string, r: Rng) => string> = {
  'invalid-json:truncated': (t, r) => t.trimEnd().slice(0, r.int(1, t.trimEnd().length - 1)),
  'invalid-json:trailing-comma': (t, r) => {
    const closes = [...t.matchAll(/\}/g)].map((m) => m.index as number);
    const at = r.pick(closes);
    return `${t.slice(0, at)},${t.slice(at)}`;
  },
  'invalid-json:garbage': (t, r) =>
    r.pick([`${t}\n{}`, `\uFEFF{"gemeente": }`, "{'gemeente': 1}", '', 'null', '[]', '"tekst"', '12', 'NaN']),
  'invalid-json:deep-arrays': () => `{"gemeente": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
  // Deep nesting around a leaf with an unknown fact must end in problems, not in a stack overflow. Built as text:
  // JSON.stringify itself overflows on 20 000 levels.
  'deep-nesting': (t, r) => {
    const depth = r.pick([100, 2_000, 20_000]);
    const [open, close] = r.next() < 0.5 ? ['{"not":', '}'] : ['{"all":[', ']}'];
    const deep = `${open.repeat(depth)}{"fact":"onbekend_diep","operator":"equal","value":true}${close.repeat(depth)}`;
    const f = JSON.parse(t) as Obj;
    r.pick(regelingen(f)).conditions = '__DEEP__';
    return JSON.stringify(f).replace('"__DEEP__"', deep);
  },
  'huge-number:text': (t, r) => t.replace(/"aowAge": ?\d+/, `"aowAge": ${r.pick(['1e400', '-1e400', '1' + '0'.repeat(400)])}`),
};

export function malformedRulesFiles(ommenText: string, count: number, seed = 20261122): Malformed[] {
  const r = rng(seed);
  const base = JSON.parse(ommenText) as Obj;
  const kinds = [...Object.keys(structural), ...Object.keys(textual)];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length] as string;
    const text = textual[kind]?.(ommenText, r);
    if (text !== undefined) return { kind, text };
    const f = structuredClone(base);
    structural[kind]?.(f, r);
    return { kind, text: JSON.stringify(f) };
  });
}
