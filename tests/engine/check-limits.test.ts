// The checker's limits at the limit, one over and one under, and the small parts it is built from: the bidi
// rule, "Bedoelt u …?", the fact contract, the one date parser and own-property reads of answers.
import { describe, expect, it } from 'vitest';
import { bidiProblem } from '../../widget/engine/check-bidi.ts';
import { checkRulesText, evaluate, parseRulesText } from '../../widget/engine/checker.ts';
import { MAX_LEAVES } from '../../widget/engine/condition-graph.ts';
import { CONTRACT_ANSWERS } from '../../widget/engine/fact-contract.ts';
import { MAX_DEPTH, tooDeepAt } from '../../widget/engine/json-depth.ts';
import { parseDate, peildatumFor } from '../../widget/engine/peildatum.ts';
import { closestName } from '../../widget/engine/suggest.ts';
import type { Answers, Condition } from '../../widget/engine/types.ts';
import { ommen as ommenFile } from '../hostile/support/hostile-rules.ts';
import { makeAnswers, ommen, ommenText } from '../support/ommen.ts';

type Obj = Record<string, unknown>;
const problemsOf = (f: unknown) => parseRulesText(JSON.stringify(f)).problems;

/** Leaves after inlining, counted the naive way (fine for the small Ommen file): the test's own measure. */
function naiveLeaves(c: Condition, shared: Record<string, Condition>): number {
  if ('all' in c) return c.all.reduce((n, s) => n + naiveLeaves(s, shared), 0);
  if ('any' in c) return c.any.reduce((n, s) => n + naiveLeaves(s, shared), 0);
  if ('not' in c) return naiveLeaves(c.not, shared);
  if ('condition' in c) return naiveLeaves(shared[c.condition] as Condition, shared);
  return 1;
}

function ommenLeaves(f: Obj): number {
  const shared = f.conditions as Record<string, Condition>;
  const conditions: Condition[] = [];
  for (const r of f.regelingen as { conditions: Condition; amount?: { terms: { when?: Condition }[] } }[]) {
    conditions.push(r.conditions);
    for (const t of r.amount?.terms ?? []) if (t.when) conditions.push(t.when);
  }
  for (const q of f.questions as { askWhen?: Condition }[]) if (q.askWhen) conditions.push(q.askWhen);
  for (const h of f.hulppunten as { conditions: Condition }[]) conditions.push(h.conditions);
  return conditions.reduce((n, c) => n + naiveLeaves(c, shared), 0);
}

/** Ommen plus one shared condition of `extra` leaves, used by regeling 0 inside an `any` that stays true. */
function withLeaves(total: number): Obj {
  const f = ommenFile();
  const extra = total - ommenLeaves(f) - 1; // the `any` also holds one leaf that is always true
  const leaf = { fact: 'leeftijd', operator: 'greaterThan', value: -1 };
  (f.conditions as Obj).groot = { any: Array.from({ length: extra }, () => leaf) };
  (f.regelingen as { conditions: { all: unknown[] } }[])[0]?.conditions.all.push({ any: [leaf, { condition: 'groot' }] });
  return f;
}

describe(`at most ${MAX_LEAVES} leaves once shared conditions are filled in`, () => {
  it('exactly at the limit and one under: accepted', () => {
    expect(ommenLeaves(withLeaves(MAX_LEAVES))).toBe(MAX_LEAVES); // the builder hits the number
    expect(problemsOf(withLeaves(MAX_LEAVES - 1))).toEqual([]);
    expect(problemsOf(withLeaves(MAX_LEAVES))).toEqual([]);
  });

  it('one over: refused at the largest condition, with its count, the shared condition and the total', () => {
    const problems = problemsOf(withLeaves(MAX_LEAVES + 1));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$.regelingen[0].conditions');
    expect(problems[0]?.message).toMatch(/gedeelde voorwaarde "groot" \([\d.]+\)/);
    expect(problems[0]?.message).toContain(`het hele bestand ${new Intl.NumberFormat('nl-NL').format(MAX_LEAVES + 1)}`);
  });
});

describe(`at most ${MAX_DEPTH} levels of nesting`, () => {
  // $ (1) > regelingen (2) > regelingen[0] (3) > conditions, the first `not` (4): n nots and the leaf reach 4 + n.
  const nested = (levels: number) => {
    const f = ommenFile();
    let c: unknown = { fact: 'leeftijd', operator: 'greaterThan', value: 200 };
    for (let i = 0; i < levels - 4; i++) c = { not: c };
    (f.regelingen as Obj[])[0] = { ...(f.regelingen as Obj[])[0], conditions: c };
    return f;
  };

  it('measures depth as nesting of objects and arrays', () => {
    expect(tooDeepAt({ a: [1, { b: {} }] }, 4)).toBeNull();
    expect(tooDeepAt({ a: [1, { b: {} }] }, 3)).toBe('$.a[1].b');
    expect(tooDeepAt({ a: [1, { b: {} }] }, 2)).toBe('$.a[1]');
    expect(tooDeepAt('tekst', 0)).toBeNull();
  });

  it('exactly at the limit and one under: no depth problem', () => {
    for (const levels of [MAX_DEPTH - 1, MAX_DEPTH]) {
      expect(tooDeepAt(nested(levels)), String(levels)).toBeNull();
      expect(problemsOf(nested(levels)).filter((p) => p.message.includes('genest'))).toEqual([]);
    }
  });

  it('one over: refused at the first place that is too deep', () => {
    const problems = problemsOf(nested(MAX_DEPTH + 1));
    expect(problems).toEqual([
      // The leaf itself is the 65th level: the 61st object below conditions.
      {
        path: `$.regelingen[0].conditions${'.not'.repeat(MAX_DEPTH + 1 - 4)}`,
        message: `te diep genest: hoogstens ${MAX_DEPTH} niveaus`,
      },
    ]);
  });
});

describe('direction controls in rules texts', () => {
  it('allows isolates that are closed in the same text, also nested', () => {
    expect(bidiProblem('Bel \u2066014 0529\u2069 of \u2068mail\u2069.')).toBeNull();
    expect(bidiProblem('\u2067a \u2066b\u2069 c\u2069')).toBeNull();
  });

  it('refuses an isolate left open, a PDI without an isolate, and every embedding, override or mark', () => {
    expect(bidiProblem('Bel \u2066014 0529')).toMatch(/zonder PDI/);
    expect(bidiProblem('014 0529\u2069 \u2066')).toMatch(/PDI \(U\+2069\) zonder isolaat/);
    for (const [ch, name] of [
      ['\u202A', 'LRE'],
      ['\u202B', 'RLE'],
      ['\u202C', 'PDF'],
      ['\u202D', 'LRO'],
      ['\u202E', 'RLO'],
      ['\u200E', 'LRM'],
      ['\u200F', 'RLM'],
      ['\u061C', 'ALM'],
    ])
      expect(bidiProblem(`Tekst ${ch}met`), name).toContain(name);
  });

  it('the Arabic texts of rules/ommen.json use balanced isolates and pass', () => {
    expect(ommenText).toContain('\u2066');
    expect(parseRulesText(ommenText).problems).toEqual([]);
  });
});

describe('Bedoelt u …?', () => {
  it('suggests within two edits, a swap of neighbours counting as one', () => {
    expect(closestName('netto_inkomn', ['netto_inkomen', 'vermogen'])).toBe('netto_inkomen');
    expect(closestName('leeftjid', ['leeftijd', 'leeftijd_partner'])).toBe('leeftijd');
    expect(closestName('inkomen', ['netto_inkomen'])).toBeUndefined(); // 6 edits
  });

  it('allows at most a third of the name: short names get no far-fetched suggestion', () => {
    expect(closestName('ja', ['nee'])).toBeUndefined();
    expect(closestName('huur', ['duur'])).toBe('duur'); // 1 edit in 4 letters
    expect(closestName('huur', ['door'])).toBeUndefined(); // 2 edits in 4 letters
  });

  it('puts the suggestion on the problem and in its Dutch message', () => {
    const f = ommenFile();
    (f.regelingen as { conditions: { all: unknown[] } }[])[0]?.conditions.all.push({
      fact: 'netto_inkomn',
      operator: 'lessThan',
      value: 1,
    });
    expect(problemsOf(f)).toEqual([
      {
        path: expect.stringMatching(/^\$\.regelingen\[0\]\.conditions\.all\[\d+\]\.fact$/),
        message: 'onbekend feit "netto_inkomn". Bedoelt u "netto_inkomen"?',
        suggestion: 'netto_inkomen',
      },
    ]);
  });

  it('for operators, shared conditions, hulppunt ids and example ids too', () => {
    const f = ommenFile();
    (f.conditions as Record<string, Obj>).volwassen = {
      ...(f.conditions as Record<string, Obj>).volwassen,
      operator: 'greaterThanInclusiev',
    };
    expect(problemsOf(f)[0]?.suggestion).toBe('greaterThanInclusive');
    const g = ommenFile();
    const r = (g.regelingen as { conditions: { all: unknown[] }; helpers?: string[] }[])[0];
    r?.conditions.all.push({ condition: 'inkomen-tot-11' });
    if (r) r.helpers = ['samen-deon'];
    expect(
      problemsOf(g)
        .map((p) => p.suggestion)
        .sort(),
    ).toEqual(['inkomen-tot-110', 'samen-doen']);
  });
});

describe('Bedoelt u …? in example households', () => {
  it('names a mistyped answer and a mistyped regeling id at their place', async () => {
    const f = ommenFile() as { examples: { answers: Obj; expect: { regelingen?: Obj } }[] };
    (f.examples[0] as { answers: Obj }).answers.leeftjd = 30;
    (f.examples[1] as { expect: { regelingen?: Obj } }).expect.regelingen = { participatiefond: 'ja' };
    const { errors } = await checkRulesText(JSON.stringify(f), '2026-11-22');
    expect(errors).toContainEqual(
      expect.objectContaining({
        path: '$.examples[0].answers.leeftjd',
        suggestion: 'leeftijd',
        message: expect.stringMatching(/onbekende vraag "leeftjd". Bedoelt u "leeftijd"\?$/),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ path: '$.examples[1].expect.regelingen.participatiefond', suggestion: 'participatiefonds' }),
    );
  });
});

describe('the fact contract', () => {
  it('lists the answers the derived facts read, and Ommen has each one with its type', () => {
    const types = Object.fromEntries(ommen().questions.map((q) => [q.id, q.type]));
    for (const [id, type] of Object.entries(CONTRACT_ANSWERS)) expect(types[id], id).toBe(type);
  });

  it('refuses a file whose needed answer has another type, at the place that uses the derived fact', () => {
    const f = ommenFile();
    const q = (f.questions as Obj[]).find((x) => x.id === 'leeftijd_partner') as Obj;
    q.type = 'money';
    const problems = problemsOf(f).filter((p) => p.message.includes('leeftijd_partner'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.message).toMatch(
      /heeft de vraag "leeftijd_partner" nodig van het type "integer", maar in het bestand is die "money"/,
    );
    expect(problems[0]?.path).toMatch(/\.fact$/);
  });
});

describe('one date parser', () => {
  it('takes calendar dates only', () => {
    expect(parseDate('2026-07-01')).toBe('2026-07-01');
    expect(parseDate(' 2028-02-29\n')).toBe('2028-02-29');
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', 'tomorrow', '', 'abc', '2026-7-1', '20260701', undefined, null])
      expect(parseDate(bad as string), String(bad)).toBeNull();
  });

  it('the widget peildatum: the date when the norms cover it, else today', () => {
    const periods = ommen().periods;
    const first = periods[0]?.from as string;
    expect(peildatumFor(periods, first, '2026-12-03')).toBe(first);
    expect(peildatumFor(periods, '2031-01-01', '2026-12-03')).toBe('2031-01-01'); // after the norms: outdated, not refused
    const dayBefore = new Date(Date.parse(`${first}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    for (const bad of [dayBefore, '1999-01-01', '2026-02-30', 'tomorrow', undefined])
      expect(peildatumFor(periods, bad, '2026-12-03'), String(bad)).toBe('2026-12-03');
  });
});

describe('answers are own properties only', () => {
  it('an answers object with inherited properties is the same as one without them', async () => {
    const inherited = Object.create(makeAnswers({ leeftijd: 70, netto_inkomen: 100 })) as Answers;
    const [withInherited, empty] = await Promise.all([
      evaluate(ommen(), inherited, '2026-07-01'),
      evaluate(ommen(), {}, '2026-07-01'),
    ]);
    expect(withInherited).toEqual(empty);
    expect(Object.values(withInherited.regelingen).some((r) => r.outcome === 'misschien')).toBe(true);
  });

  // "constructor" is the Object.prototype name that fits the id patterns of the schema (the others have capitals
  // or underscores in front, which the schema already refuses).
  const refused = (path: string) => ({
    path,
    message: '"constructor" kan niet als naam: JavaScript gebruikt die naam zelf; kies een andere naam',
  });

  it('a question, regeling, shared condition, option or limit named "constructor" is refused where it is defined', () => {
    const f = ommenFile();
    (f.questions as Obj[])[13] = { ...(f.questions as Obj[])[13], id: 'constructor' };
    (f.regelingen as Obj[])[2] = { ...(f.regelingen as Obj[])[2], id: 'constructor' };
    (f.conditions as Obj)['constructor' as string] = { fact: 'leeftijd', operator: 'greaterThan', value: 1 };
    const problems = problemsOf(f);
    expect(problems).toContainEqual(refused('$.questions[13].id'));
    expect(problems).toContainEqual(refused('$.regelingen[2].id'));
    expect(problems).toContainEqual(refused('$.conditions.constructor'));
  });
});
