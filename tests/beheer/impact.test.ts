// The impact preview: which outcomes an edit changes, over the example households and a generated spread.
import { describe, expect, it } from 'vitest';
import { impactHouseholds } from '../../widget/beheer/check/impact-households.ts';
import { householdSpread } from '../../widget/beheer/household-spread.ts';
import { compareRules, exampleHouseholds, summarizeImpact } from '../../widget/beheer/impact.ts';
import { type CompiledRules, parseRulesText, type RulesFile } from '../../widget/engine/checker.ts';
import { examplesBetween110And120, OMMEN_TEXT, participatiefondsAt120, VOORBEELD_TEXT } from './support.ts';

const compile = (text: string): CompiledRules => {
  const { rules, problems } = parseRulesText(text);
  if (!rules) throw new Error(JSON.stringify(problems));
  return rules;
};
const published = compile(OMMEN_TEXT);
const edit = participatiefondsAt120();
const edited = compile(edit.text);

describe('impact of raising the participatiefonds limit to 120 %', () => {
  it('changes exactly the example households with an income between the 110 % and 120 % limits', async () => {
    const report = await compareRules(published, edited, exampleHouseholds(published));
    const changed = [...new Set(report.changes.map((c) => c.household.name))].sort();
    const expected = examplesBetween110And120(edit.file).sort();
    expect(expected.length, 'the hand-made filter finds some households').toBeGreaterThan(3);
    expect(changed).toEqual(expected);
    expect(report.changes.every((c) => c.id === 'participatiefonds' && c.from === 'nee' && c.to === 'ja')).toBe(true);
    expect(report.failed).toEqual([]);
  });

  it('summarises the change as "N van de M voorbeeldhuishoudens krijgen"', async () => {
    const report = await compareRules(published, edited, exampleHouseholds(published));
    expect(summarizeImpact(report)).toEqual([
      {
        kind: 'voorbeeld',
        group: 'regelingen',
        id: 'participatiefonds',
        direction: 'krijgen',
        count: examplesBetween110And120(edit.file).length,
        total: published.file.examples.length,
      },
    ]);
  });

  it('counts participatiefonds before and after, names who gets it, and sums the euro per year', async () => {
    const report = await compareRules(published, edited, exampleHouseholds(published));
    const gained = examplesBetween110And120(edit.file);
    const tally = report.offers.find((t) => t.id === 'participatiefonds');
    const before = published.file.examples.filter((e) => e.expect.regelingen?.participatiefonds === 'ja').length;
    expect(report.offers.map((t) => t.id)).toEqual(['participatiefonds']);
    expect(tally).toMatchObject({ before, after: before + gained.length, eraf: [], amountUnknown: 0 });
    expect([...(tally?.erbij ?? [])].sort()).toEqual([...gained].sort());
    // € 100 a year per adult (the amount term in the file), for each household that gets it now.
    const term = edit.file.regelingen.find((r) => r.id === 'participatiefonds')?.amount?.terms[0];
    expect(term?.times?.fact).toBe('aantal_volwassenen');
    const adults = (name: string) => {
      const a = edit.file.examples.find((e) => e.name === name)?.answers as Record<string, unknown>;
      return 1 + (a.heeft_partner === true && (a.leeftijd_partner as number) >= 18 ? 1 : 0);
    };
    const cents = gained.reduce((sum, name) => sum + Math.round((term?.euro ?? 0) * 100) * adults(name), 0);
    expect(tally?.euroPerYearCents).toBe(cents);
  });

  it('also shows up in the generated households around the limits', async () => {
    const households = await impactHouseholds(published, edited, '2026-11-22');
    const report = await compareRules(published, edited, households);
    const spread = report.changes.filter((c) => c.household.kind === 'spreiding');
    expect(spread.length).toBeGreaterThan(0);
    expect(spread.every((c) => c.id === 'participatiefonds')).toBe(true);
  });
});

describe('compareRules', () => {
  it('finds nothing when the rules did not change', async () => {
    const report = await compareRules(published, compile(OMMEN_TEXT), exampleHouseholds(published));
    expect(report.changes).toEqual([]);
    expect(report.totals.voorbeeld).toBe(published.file.examples.length);
  });

  it('counts a removed regeling as nee, so its households "verliezen" it', async () => {
    const file = JSON.parse(OMMEN_TEXT) as RulesFile;
    file.regelingen = file.regelingen.filter((r) => r.id !== 'schuldhulpverlening');
    file.examples = [];
    const report = await compareRules(published, compile(JSON.stringify(file)), exampleHouseholds(published));
    const lines = summarizeImpact(report);
    expect(lines.some((l) => l.id === 'schuldhulpverlening' && l.direction === 'verliezen' && l.count > 0)).toBe(true);
  });
});

describe('householdSpread', () => {
  it('puts households a cent under, on and a cent over the 110 % limit of a single adult', async () => {
    const spread = await householdSpread([published], '2026-07-01');
    const incomes = spread
      .filter((h) => h.answers.heeft_partner === false && h.answers.leeftijd === 34)
      .map((h) => h.answers.netto_inkomen);
    expect(incomes).toEqual(expect.arrayContaining([1486.45, 1486.46, 1486.47]));
  });

  it('only answers questions the gemeente asks (voorbeeldgemeente has no woonsituatie)', async () => {
    const voorbeeld = compile(VOORBEELD_TEXT);
    const spread = await householdSpread([voorbeeld], '2026-07-01');
    expect(spread.length).toBeGreaterThan(10);
    const asked = new Set(voorbeeld.questions.map((q) => q.id));
    expect(spread.every((h) => Object.keys(h.answers).every((k) => asked.has(k)))).toBe(true);
  });
});
