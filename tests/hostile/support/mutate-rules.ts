// A seeded mutator over rules/ommen.json that makes files which are certainly invalid: broken JSON, wrong
// types, missing required keys, unknown facts, cyclic shared conditions, out-of-range and huge numbers,
// absurd nesting, condition bombs, inherited-property ids and direction controls. Each file says which kind it
// is and which problem (place and message) its own check must report, so a suite run with that check removed
// fails: a generic "something is wrong at $" does not count.
import { rng } from '../../bench/generate-rules.ts';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };
type Rng = ReturnType<typeof rng>;

/** The problem the file must be refused with: its exact JSONPath (or a pattern) and its message. */
export interface Expected {
  path: string | RegExp;
  message: RegExp;
}

export interface Malformed {
  kind: string;
  text: string;
  expect: Expected;
}

const isObj = (v: Json | undefined): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every comparison object ({fact, operator, value}) in a condition, with its JSONPath. */
function comparisonsIn(v: Json | undefined, path: string, out: [Obj, string][]): void {
  if (!isObj(v)) return;
  if ('fact' in v && 'operator' in v) out.push([v, path]);
  for (const k of ['all', 'any'] as const) {
    const list = v[k];
    if (Array.isArray(list)) list.forEach((x, i) => comparisonsIn(x, `${path}.${k}[${i}]`, out));
  }
  if ('not' in v) comparisonsIn(v.not, `${path}.not`, out);
}

/** Every comparison in the regelingen' conditions and amount terms. */
function comparisons(f: Obj): [Obj, string][] {
  const out: [Obj, string][] = [];
  regelingen(f).forEach((reg, i) => {
    comparisonsIn(reg.conditions, `$.regelingen[${i}].conditions`, out);
    const terms = (reg.amount as Obj | undefined)?.terms;
    if (Array.isArray(terms))
      terms.forEach((t, j) => comparisonsIn((t as Obj).when, `$.regelingen[${i}].amount.terms[${j}].when`, out));
  });
  return out;
}

const regelingen = (f: Obj) => f.regelingen as Obj[];
const questions = (f: Obj) => f.questions as Obj[];
const periods = (f: Obj) => (f.norms as Obj).periods as Obj[];
const index = (r: Rng, list: unknown[]) => r.int(0, list.length - 1);
const pickComparison = (f: Obj, r: Rng) => r.pick(comparisons(f));
const at = (path: string, message: RegExp): Expected => ({ path, message });

const NO_TEXT = /moet tekst zijn/;
const NO_OBJECT = /moet een object zijn/;
const NO_LIST = /moet een lijst zijn/;
const NOT_ALLOWED = /moet een van deze waarden zijn/;
const BAD_FORM = /heeft niet de goede vorm/;
const NO_CONDITION = /is geen geldige voorwaarde/;
/** Typed as a plain string: as a literal key TypeScript takes it for Object.prototype.constructor. */
const INHERITED: string = 'constructor';
const missing = (k: string) => new RegExp(`^"${k}" ontbreekt$`);

// Each mutation edits a fresh copy in place and returns the problem that must name it.
const structural: Record<string, (f: Obj, r: Rng) => Expected> = {
  // schema: these fields have fixed types or enums
  'wrong-type:regeling': (f, r) => {
    const i = index(r, regelingen(f));
    const [k, bad, message] = r.pick<[string, Json, RegExp]>([
      ['id', 123, NO_TEXT],
      ['maximaal', 'zeker', NOT_ALLOWED],
      ['organisations', [], /moet minstens 1 element|mag niet leeg zijn/],
      ['conditions', 'all', NO_CONDITION],
      ['status', 5, /moet tekst zijn|moet een van deze waarden zijn/],
      ['texts', null, NO_OBJECT],
    ]);
    (regelingen(f)[i] as Obj)[k] = bad;
    return at(`$.regelingen[${i}].${k}`, message);
  },
  'wrong-type:question': (f, r) => {
    const i = index(r, questions(f));
    const [k, bad, message] = r.pick<[string, Json, RegExp]>([
      ['type', 'text', NOT_ALLOWED],
      ['id', 'Geen Id', BAD_FORM],
      ['texts', [], NO_OBJECT],
      ['min', 'nul', /moet een getal zijn/],
    ]);
    (questions(f)[i] as Obj)[k] = bad;
    return at(`$.questions[${i}].${k}`, message);
  },
  'wrong-type:norms': (f, r) => {
    const i = index(r, periods(f));
    const [k, bad, message] = r.pick<[string, Json, RegExp]>([
      ['aowAge', '67', /moet een heel getal zijn/],
      ['aowAge', 67.5, /moet een heel getal zijn/],
      ['bijstandsnormen', 1400, NO_OBJECT],
      ['from', '1 januari', BAD_FORM],
    ]);
    (periods(f)[i] as Obj)[k] = bad;
    return at(`$.norms.periods[${i}].${k}`, message);
  },
  'wrong-type:comparison': (f, r) => {
    const [c, path] = pickComparison(f, r);
    const [k, bad, message] = r.pick<[string, Json, RegExp]>([
      ['operator', 'contains', NOT_ALLOWED],
      ['value', null, NO_CONDITION],
      ['value', {}, NO_CONDITION],
      ['value', [], NO_CONDITION],
      ['fact', 5, NO_TEXT],
      ['fact', 'Hoofd Letters', BAD_FORM],
    ]);
    c[k] = bad;
    return at(`${path}.${k}`, message);
  },
  'wrong-type:top': (f, r) => {
    const [k, bad, message] = r.pick<[string, Json, RegExp]>([
      ['languages', 'nl', NO_LIST],
      ['questions', {}, NO_LIST],
      ['regelingen', null, NO_LIST],
      ['validFrom', 20260101, NO_TEXT],
      ['gemeente', 'Ommen', NO_OBJECT],
    ]);
    f[k] = bad;
    return at(`$.${k}`, message);
  },
  // schema: required keys
  'missing-key:top': (f, r) => {
    const k = r.pick([
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
    ]);
    delete f[k];
    return at('$', missing(k));
  },
  'missing-key:regeling': (f, r) => {
    const i = index(r, regelingen(f));
    const k = r.pick(['id', 'conditions', 'maximaal', 'organisations', 'texts']);
    delete (regelingen(f)[i] as Obj)[k];
    return at(`$.regelingen[${i}]`, missing(k));
  },
  'missing-key:question': (f, r) => {
    const i = index(r, questions(f));
    const k = r.pick(['id', 'type', 'texts']);
    delete (questions(f)[i] as Obj)[k];
    return at(`$.questions[${i}]`, missing(k));
  },
  'missing-key:period': (f, r) => {
    const i = index(r, periods(f));
    const k = r.pick(['from', 'aowAge', 'holidayAllowancePercent', 'bijstandsnormen', 'vermogensgrenzen', 'limits']);
    delete (periods(f)[i] as Obj)[k];
    return at(`$.norms.periods[${i}]`, missing(k));
  },
  'missing-key:comparison': (f, r) => {
    const [c, path] = pickComparison(f, r);
    const k = r.pick(['fact', 'operator', 'value']);
    delete c[k];
    // Without "fact" a condition is no longer meant as a comparison: then it is wrong as a whole. An amount
    // term's `when` can only be a comparison, so there the missing key is named.
    return at(path, k === 'fact' && !path.includes('.amount.') ? NO_CONDITION : missing(k));
  },
  // meaning check: facts and references must exist
  'unknown-fact': (f, r) => {
    const [c, path] = pickComparison(f, r);
    c.fact = `onbekend_feit_${r.int(0, 999)}`;
    return at(`${path}.fact`, new RegExp(`^onbekend feit "${c.fact}"`));
  },
  'unknown-fact-ref': (f, r) => {
    const [c, path] = pickComparison(f, r);
    const name = `geen_grens_${r.int(0, 999)}`;
    c.value = { fact: name };
    return at(`${path}.value.fact`, new RegExp(`^onbekend feit "${name}"`));
  },
  'unknown-shared-condition': (f, r) => {
    const i = index(r, regelingen(f));
    const all = ((regelingen(f)[i] as Obj).conditions as { all: Json[] }).all;
    const name = `bestaat-niet-${r.int(0, 999)}`;
    all.push({ condition: name });
    return at(
      `$.regelingen[${i}].conditions.all[${all.length - 1}].condition`,
      new RegExp(`^onbekende gedeelde voorwaarde "${name}"`),
    );
  },
  'missing-param': (f, r) => {
    const [c, path] = pickComparison(f, r);
    c.value = { fact: 'inkomensgrens', params: r.pick<Obj>([{}, { procent: 110 }]) };
    return at(`${path}.value.params`, /^"inkomensgrens" heeft de parameter "percentage" nodig$/);
  },
  // meaning check: shared conditions must not refer to themselves, directly or through others
  cycle: (f, r) => {
    const a = `kring-a-${r.int(0, 99)}`;
    const b = `kring-b-${r.int(0, 99)}`;
    const shared = f.conditions as Obj;
    const self = r.next() < 0.5;
    if (self) shared[a] = { all: [{ condition: a }] };
    else {
      shared[a] = { any: [{ condition: b }, { fact: 'leeftijd', operator: 'greaterThan', value: 1 }] };
      shared[b] = { not: { condition: a } };
    }
    (r.pick(regelingen(f)).conditions as { all: Json[] }).all.push({ condition: a });
    return at(`$.conditions['${a}']`, new RegExp(`^kringverwijzing: ${a} -> ${self ? '' : `${b} -> `}${a}$`));
  },
  // A chain of thousands of shared conditions that closes on itself: found by one linear walk, no stack overflow.
  'cycle:long': (f, r) => {
    const n = r.pick([1_000, 3_000]);
    const shared = f.conditions as Obj;
    for (let i = 0; i < n; i++) shared[`keten-${i}`] = { not: { condition: `keten-${(i + 1) % n}` } };
    (r.pick(regelingen(f)).conditions as { all: Json[] }).all.push({ condition: 'keten-0' });
    return at(
      "$.conditions['keten-0']",
      new RegExp(`^kringverwijzing: keten-0 -> keten-1 -> .* \\(${n + 1 - 9} meer\\) -> .* -> keten-0$`),
    );
  },
  // meaning check: a chain b0 .. bN in which each level names the next twice expands to 2^N leaves
  'condition-bomb': (f, r) => {
    const depth = r.pick([20, 30, 60]);
    const shared = f.conditions as Obj;
    for (let i = 0; i < depth; i++) shared[`bom-${i}`] = { any: [{ condition: `bom-${i + 1}` }, { condition: `bom-${i + 1}` }] };
    shared[`bom-${depth}`] = { fact: 'leeftijd', operator: 'greaterThan', value: 17 };
    const i = index(r, regelingen(f));
    ((regelingen(f)[i] as Obj).conditions as { all: Json[] }).all.push({ condition: 'bom-0' });
    return at(
      `$.regelingen[${i}].conditions`,
      /^te groot: deze voorwaarde wordt .* vergelijkingen .* gedeelde voorwaarde "bom-0" .* hoogstens 20\.000$/,
    );
  },
  // meaning check: ids that every JavaScript object already has as a property
  'inherited-id': (f, r) => {
    const which = r.int(0, 3);
    if (which === 0) {
      const i = index(r, questions(f));
      (questions(f)[i] as Obj).id = 'constructor';
      return at(`$.questions[${i}].id`, /^"constructor" kan niet als naam/);
    }
    if (which === 1) {
      const i = index(r, regelingen(f));
      (regelingen(f)[i] as Obj).id = 'constructor';
      return at(`$.regelingen[${i}].id`, /^"constructor" kan niet als naam/);
    }
    if (which === 2) {
      (f.conditions as Obj)[INHERITED] = { fact: 'leeftijd', operator: 'greaterThan', value: 1 };
      return at('$.conditions.constructor', /^"constructor" kan niet als naam/);
    }
    const i = index(r, periods(f));
    ((periods(f)[i] as Obj).limits as Obj)[INHERITED] = { alleenstaand: 1, partner: 2 };
    return at(`$.norms.periods[${i}].limits.constructor`, /^"constructor" kan niet als naam/);
  },
  // meaning check: direction controls that reverse the widget's own text after them
  bidi: (f, r) => {
    const i = index(r, regelingen(f));
    const lang = r.pick(['nl', 'en', 'ar']);
    const texts = ((regelingen(f)[i] as Obj).texts as Obj)[lang] as Obj;
    const [ch, message] = r.pick<[string, RegExp]>([
      ['\u202E', /richtingsteken RLO \(U\+202E\)/],
      ['\u202B', /richtingsteken RLE \(U\+202B\)/],
      ['\u200F', /richtingsteken RLM \(U\+200F\)/],
      ['\u2067', /isolaat .* zonder PDI/],
      ['\u2069', /PDI \(U\+2069\) zonder isolaat/],
    ]);
    texts.summary = `${ch}${String(texts.summary)}`;
    return at(`$.regelingen[${i}].texts.${lang}.summary`, message);
  },
  // schema: amounts are bounded (euro maximum 1e8, aowAge 60-75, holidayAllowancePercent 0-20)
  'huge-number': (f, r) => {
    const i = index(r, periods(f));
    const p = periods(f)[i] as Obj;
    const which = r.int(0, 3);
    const base = `$.norms.periods[${i}]`;
    const bounds = /^(mag hoogstens \d+ zijn|moet minstens -?\d+ zijn)$/;
    if (which === 0) {
      (p.bijstandsnormen as Obj).alleenstaande_21 = r.pick([1e9, 1e300, -1, -1e300]);
      return at(`${base}.bijstandsnormen.alleenstaande_21`, bounds);
    }
    if (which === 1) {
      p.aowAge = r.pick([1e21, -67, 2 ** 53]);
      return at(`${base}.aowAge`, bounds);
    }
    if (which === 2) {
      p.holidayAllowancePercent = r.pick([1e10, -4.8]);
      return at(`${base}.holidayAllowancePercent`, bounds);
    }
    (p.vermogensgrenzen as Obj).gehuwden = 1e200;
    return at(`${base}.vermogensgrenzen.gehuwden`, bounds);
  },
};

const INVALID_JSON = /^geen geldige JSON \(regel \d+, kolom \d+\)$/;
const TOO_DEEP = /^te diep genest: hoogstens 64 niveaus$/;

/** Text-level damage: never valid JSON, or JSON with numbers no double can hold (1e400 parses as Infinity). */
const textual: Record<string, (text: string, r: Rng) => { text: string; expect: Expected }> = {
  'invalid-json:truncated': (t, r) => ({
    text: t.trimEnd().slice(0, r.int(1, t.trimEnd().length - 1)),
    expect: at('$', INVALID_JSON),
  }),
  'invalid-json:trailing-comma': (t, r) => {
    const closes = [...t.matchAll(/\}/g)].map((m) => m.index as number);
    const i = r.pick(closes);
    return { text: `${t.slice(0, i)},${t.slice(i)}`, expect: at('$', INVALID_JSON) };
  },
  'invalid-json:garbage': (t, r) => {
    const [text, message] = r.pick<[string, RegExp]>([
      [`${t}\n{}`, INVALID_JSON],
      // One byte order mark is dropped (parseRulesText); what follows it is still broken.
      ['\uFEFF{"gemeente": }', INVALID_JSON],
      // Two are not: the second is text before the JSON.
      [`\uFEFF\uFEFF${t}`, /^geen geldige JSON \(regel 1, kolom 1\)$/],
      ["{'gemeente': 1}", INVALID_JSON],
      ['', INVALID_JSON],
      ['NaN', INVALID_JSON],
      ['null', NO_OBJECT],
      ['[]', NO_OBJECT],
      ['"tekst"', NO_OBJECT],
      ['12', NO_OBJECT],
    ]);
    return { text, expect: at('$', message) };
  },
  'invalid-json:deep-arrays': () => ({
    text: `{"gemeente": ${'['.repeat(200_000)}${']'.repeat(200_000)}}`,
    expect: at(`$.gemeente${'[0]'.repeat(63)}`, TOO_DEEP),
  }),
  // Deep nesting around a leaf with an unknown fact must end in the depth problem, not in a stack overflow and
  // not in "unknown fact". Built as text: JSON.stringify itself overflows on 20 000 levels.
  'deep-nesting': (t, r) => {
    const depth = r.pick([100, 2_000, 20_000, 100_000]);
    const not = r.next() < 0.5;
    const [open, close, step] = not ? ['{"not":', '}', '.not'] : ['{"all":[', ']}', '.all[0]'];
    const deep = `${open.repeat(depth)}{"fact":"onbekend_diep","operator":"equal","value":true}${close.repeat(depth)}`;
    const f = JSON.parse(t) as Obj;
    const i = index(r, regelingen(f));
    (regelingen(f)[i] as Obj).conditions = '__DEEP__';
    // $ > regelingen > [i] are 3 levels; the first too deep object is the 65th.
    const steps = not ? 61 : 31;
    const path = `$.regelingen[${i}].conditions${step.repeat(steps - 1)}${not ? '.not' : '.all'}`;
    return {
      text: JSON.stringify(f).replace('"__DEEP__"', deep),
      expect: { path: new RegExp(`^${escapeRegExp(path)}(\\[0\\])?$`), message: TOO_DEEP },
    };
  },
  'huge-number:text': (t, r) => ({
    text: t.replace(/"aowAge": ?\d+/, `"aowAge": ${r.pick(['1e400', '-1e400', `1${'0'.repeat(400)}`])}`),
    expect: at('$.norms.periods[0].aowAge', /^(mag hoogstens 75 zijn|moet minstens 60 zijn)$/),
  }),
};

export function malformedRulesFiles(ommenText: string, count: number, seed = 20261122): Malformed[] {
  const r = rng(seed);
  const base = JSON.parse(ommenText) as Obj;
  const kinds = [...Object.keys(structural), ...Object.keys(textual)];
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length] as string;
    const damage = textual[kind]?.(ommenText, r);
    if (damage !== undefined) return { kind, ...damage };
    const f = structuredClone(base);
    const expect = (structural[kind] as (f: Obj, r: Rng) => Expected)(f, r);
    return { kind, text: JSON.stringify(f), expect };
  });
}
