// `check` on the Ommen file and on broken copies: every problem names its place.
import { describe, expect, it } from 'vitest';
import { checkRulesText, parseRulesText } from '../../widget/engine/checker.ts';
import { ommenText } from '../support/ommen.ts';

const base = () => JSON.parse(ommenText);
const problemsOf = (json: unknown) => parseRulesText(JSON.stringify(json)).problems;

describe('rules/ommen.json', () => {
  it('passes the schema, the meaning checks and its own examples', async () => {
    const report = await checkRulesText(ommenText, '2026-11-22');
    expect(report.errors).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.examples?.total).toBeGreaterThanOrEqual(40);
  });

  it('warns about every te-controleren entry', async () => {
    const report = await checkRulesText(ommenText, '2026-11-22');
    expect(report.warnings.filter((w) => w.path.endsWith('.status')).length).toBeGreaterThanOrEqual(4);
  });

  it('warns about outdated norms and stale sources after the year', async () => {
    const report = await checkRulesText(ommenText, '2028-01-02');
    expect(report.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(['$.norms.validUntil', '$.regelingen[0].lastChecked']),
    );
  });
});

describe('a broken copy fails with a message naming the place', () => {
  it('invalid JSON gives the line and column', () => {
    const [p] = parseRulesText('{\n  "gemeente": ,\n}').problems;
    expect(p?.message).toMatch(/geen geldige JSON \(regel 2, kolom \d+\)/);
  });

  it('a wrong type', () => {
    const f = base();
    f.norms.periods[0].aowAge = 'zevenenzestig';
    expect(problemsOf(f)).toContainEqual({ path: '$.norms.periods[0].aowAge', message: 'moet een heel getal zijn' });
  });

  it('an unknown fact', () => {
    const f = base();
    f.regelingen[0].conditions.all.push({ fact: 'inkomen', operator: 'lessThan', value: 10 });
    const problems = problemsOf(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toMatch(/^\$\.regelingen\[0\]\.conditions\.all\[\d+\]\.fact$/);
    expect(problems[0]?.message).toMatch(/onbekend feit "inkomen"/);
  });

  it('a bad link', () => {
    const f = base();
    f.regelingen[1].sources[0].url = 'http://www.ommen.nl';
    expect(problemsOf(f)).toContainEqual({ path: '$.regelingen[1].sources[0].url', message: 'moet een https://-link zijn' });
    f.regelingen[1].sources[0].url = 'javascript:alert(1)';
    expect(problemsOf(f)[0]?.path).toBe('$.regelingen[1].sources[0].url');
  });

  it('a mistyped operator points at the operator, not at every branch of the condition language', () => {
    const f = base();
    f.conditions.volwassen.operator = 'atLeast';
    const problems = problemsOf(f);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('$.conditions.volwassen.operator');
  });

  it('duplicate ids, dangling references and cycles', () => {
    const f = base();
    f.regelingen[1].id = f.regelingen[0].id;
    f.regelingen[2].helpers = ['bestaat-niet'];
    f.conditions.a = { condition: 'b' };
    f.conditions.b = { all: [{ condition: 'a' }] };
    f.regelingen[3].conditions.all.push({ condition: 'nergens' });
    const messages = problemsOf(f).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        `$.regelingen[1].id: id "${f.regelingen[0].id}" komt twee keer voor`,
        '$.regelingen[2].helpers[0]: onbekend hulppunt "bestaat-niet"',
        '$.conditions.a: kringverwijzing: a -> b -> a',
      ]),
    );
    expect(messages.some((m) => m.includes('onbekende gedeelde voorwaarde "nergens"'))).toBe(true);
  });

  it('missing Dutch texts and texts missing in a declared language', () => {
    const f = base();
    delete f.regelingen[0].texts.nl;
    expect(problemsOf(f)).toContainEqual({ path: '$.regelingen[0].texts', message: '"nl" ontbreekt' });
    const g = base();
    delete g.hulppunten[0].texts.en;
    expect(problemsOf(g)).toContainEqual({ path: '$.hulppunten[0].texts', message: 'tekst in taal "en" ontbreekt' });
  });

  it('type mismatches in conditions', () => {
    const f = base();
    f.conditions.volwassen.value = '18';
    f.regelingen[9].conditions.all.push({ fact: 'woonsituatie', operator: 'equal', value: 'kasteel' });
    f.regelingen[0].conditions.all.push({ fact: 'student', operator: 'lessThan', value: 1 });
    const messages = problemsOf(f).map((p) => p.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        '"leeftijd" is een getal: vergelijk met een getal',
        expect.stringContaining('"kasteel" is geen antwoord van "woonsituatie"'),
        expect.stringContaining('"lessThan" werkt alleen met getallen'),
      ]),
    );
  });

  it('an example that does not hold fails the check with its place', async () => {
    const f = base();
    f.examples[0].expect.regelingen = { participatiefonds: 'nee', ...f.examples[0].expect.regelingen, bijstand: 'ja' };
    const report = await checkRulesText(JSON.stringify(f), '2026-11-22');
    expect(report.ok).toBe(false);
    expect(report.errors.some((e) => e.path.startsWith('$.examples[0]'))).toBe(true);
  });

  it('a reminder on a day that does not exist every year, or with a note missing a declared language', () => {
    const f = base();
    const at = f.regelingen.findIndex((r: { reminder?: { monthDay?: string } }) => r.reminder?.monthDay);
    for (const [day, ok] of [
      ['02-28', true],
      ['02-29', false],
      ['04-30', true],
      ['04-31', false],
      ['12-31', true],
    ] as const) {
      f.regelingen[at].reminder = { monthDay: day };
      const problems = problemsOf(f).filter((p) => p.path === `$.regelingen[${at}].reminder.monthDay`);
      expect(problems, day).toEqual(
        ok ? [] : [{ path: `$.regelingen[${at}].reminder.monthDay`, message: `"${day}" is geen dag die elk jaar bestaat` }],
      );
    }
    f.regelingen[at].reminder = { monthDay: '13-01' };
    expect(problemsOf(f).map((p) => p.path)).toEqual([`$.regelingen[${at}].reminder.monthDay`]);
    f.regelingen[at].reminder = { inDays: 7, note: { nl: 'Bel snel.' } };
    expect(problemsOf(f)).toContainEqual({ path: `$.regelingen[${at}].reminder.note`, message: 'tekst in taal "en" ontbreekt' });
  });

  it('a reminder is either inDays (0 to 366 whole days) or monthDay, not both', () => {
    for (const [reminder, ok] of [
      [{ inDays: 0 }, true],
      [{ inDays: 366 }, true],
      [{ inDays: 367 }, false],
      [{ inDays: -1 }, false],
      [{ inDays: 1.5 }, false],
      [{ inDays: 3, monthDay: '01-05' }, false],
      [{}, false],
    ] as const) {
      const f = base();
      f.regelingen[0].reminder = reminder;
      expect(problemsOf(f).length === 0, JSON.stringify(reminder)).toBe(ok);
    }
  });

  it('fallbackFor must name the central help point', () => {
    const f = base();
    const at = f.hulppunten.findIndex((h: { fallbackFor?: string }) => h.fallbackFor);
    f.hulppunten[at].fallbackFor = 'gblt';
    expect(problemsOf(f)).toEqual([
      { path: `$.hulppunten[${at}].fallbackFor`, message: '"gblt" is niet het centrale hulppunt (dat is "samen-doen")' },
    ]);
  });

  it('a norm period needs its jongerenverhoging, in whole cents', () => {
    const f = base();
    f.norms.periods[1].jongerenverhoging = 762.245;
    expect(problemsOf(f)).toEqual([{ path: '$.norms.periods[1].jongerenverhoging', message: 'bedrag met meer dan 2 decimalen' }]);
    delete f.norms.periods[1].jongerenverhoging;
    expect(problemsOf(f)).toEqual([{ path: '$.norms.periods[1]', message: '"jongerenverhoging" ontbreekt' }]);
  });

  it('organisations is a non-empty list of names', () => {
    for (const [organisations, ok] of [
      [['Gemeente Ommen', 'Zilveren Kruis'], true],
      [[], false],
      ['Gemeente Ommen', false],
      [['GBLT', 'GBLT'], false],
    ] as const) {
      const f = base();
      f.regelingen[0].organisations = organisations;
      expect(problemsOf(f).length === 0, JSON.stringify(organisations)).toBe(ok);
    }
  });

  it('never throws, whatever it is given', () => {
    for (const input of ['null', '[]', '42', '"x"', '{}', '{"questions": {}}']) {
      expect(parseRulesText(input).problems.length, input).toBeGreaterThan(0);
    }
  });
});
