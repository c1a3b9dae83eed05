// Every income and vermogen limit at the limit, one cent above and one cent below, in both norm periods.
// Expected limits are the published table values (docs/regels-ommen.md §2), not recomputed here.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../widget/engine/index.ts';
import { makeAnswers, outcomes } from '../support/ommen.ts';

const single = {};
const couple = { heeft_partner: true, leeftijd_partner: 40 };
const aowSingle = { leeftijd: 70 };
const aowCouple = { leeftijd: 70, heeft_partner: true, leeftijd_partner: 70 };
const young = { leeftijd: 19 };

interface Case {
  name: string;
  date: string;
  household: Answers;
  regeling: string;
  limit: number;
  /** true for "at most" (<=), false for "below" (<). */
  inclusive: boolean;
  /** Outcome when the condition holds (the rest of the household qualifies). */
  within: string;
}

// biome-ignore format: one line per limit reads as the table it is
const income: Case[] = [
  { name: 'participatiefonds 110 % alleenstaande', date: '2026-03-01', household: single, regeling: 'participatiefonds', limit: 1467.65, inclusive: true, within: 'ja' },
  { name: 'participatiefonds 110 % alleenstaande', date: '2026-07-01', household: single, regeling: 'participatiefonds', limit: 1486.46, inclusive: true, within: 'ja' },
  { name: 'participatiefonds 110 % gehuwden', date: '2026-03-01', household: couple, regeling: 'participatiefonds', limit: 2096.63, inclusive: true, within: 'ja' },
  { name: 'participatiefonds 110 % gehuwden', date: '2026-07-01', household: couple, regeling: 'participatiefonds', limit: 2123.5, inclusive: true, within: 'ja' },
  { name: 'participatiefonds 110 % AOW alleenstaande', date: '2026-07-01', household: aowSingle, regeling: 'participatiefonds', limit: 1662.26, inclusive: true, within: 'ja' },
  { name: 'participatiefonds 110 % AOW gehuwden', date: '2026-03-01', household: aowCouple, regeling: 'participatiefonds', limit: 2245.36, inclusive: true, within: 'ja' },
  { name: 'participatiefonds 110 % jongere', date: '2026-07-01', household: young, regeling: 'participatiefonds', limit: 366.96, inclusive: true, within: 'ja' },
  { name: 'kwijtschelding 110 % alleenstaande', date: '2026-03-01', household: single, regeling: 'kwijtschelding', limit: 1467.65, inclusive: true, within: 'misschien' },
  { name: 'collectieve zorgverzekering 130 %', date: '2026-03-01', household: single, regeling: 'collectieve-zorgverzekering', limit: 1734.5, inclusive: true, within: 'misschien' },
  { name: 'collectieve zorgverzekering 130 %', date: '2026-07-01', household: single, regeling: 'collectieve-zorgverzekering', limit: 1756.72, inclusive: true, within: 'misschien' },
  { name: 'collectieve zorgverzekering 130 % gehuwden', date: '2026-07-01', household: couple, regeling: 'collectieve-zorgverzekering', limit: 2509.59, inclusive: true, within: 'misschien' },
  { name: 'individuele inkomenstoeslag 100 %', date: '2026-03-01', household: { laag_inkomen_3_jaar: true }, regeling: 'individuele-inkomenstoeslag', limit: 1334.23, inclusive: true, within: 'misschien' },
  { name: 'individuele inkomenstoeslag 100 %', date: '2026-07-01', household: { laag_inkomen_3_jaar: true }, regeling: 'individuele-inkomenstoeslag', limit: 1351.33, inclusive: true, within: 'misschien' },
  { name: 'bijstand below 100 %', date: '2026-03-01', household: single, regeling: 'bijstand', limit: 1334.23, inclusive: false, within: 'misschien' },
  { name: 'bijstand below 100 %', date: '2026-07-01', household: single, regeling: 'bijstand', limit: 1351.33, inclusive: false, within: 'misschien' },
  { name: 'bijstand below 100 % gehuwden', date: '2026-07-01', household: couple, regeling: 'bijstand', limit: 1930.46, inclusive: false, within: 'misschien' },
  // A single 18-20 year old: below the top of the range, (jongerennorm + jongerenverhoging) x 0.952.
  { name: 'bijstand below the top for a single 18-20 year old', date: '2026-03-01', household: young, regeling: 'bijstand', limit: 1040.0, inclusive: false, within: 'misschien' },
  { name: 'bijstand below the top for a single 18-20 year old', date: '2026-07-01', household: young, regeling: 'bijstand', limit: 1059.25, inclusive: false, within: 'misschien' },
  { name: 'bijstand below the top for a single parent of 20', date: '2026-07-01', household: { leeftijd: 20, leeftijden_kinderen: [1] }, regeling: 'bijstand', limit: 1059.25, inclusive: false, within: 'misschien' },
  { name: 'aio-aanvulling below 100 % AOW alleenstaande', date: '2026-07-01', household: aowSingle, regeling: 'aio-aanvulling', limit: 1511.15, inclusive: false, within: 'misschien' },
  { name: 'aio-aanvulling below 100 % AOW gehuwden', date: '2026-03-01', household: aowCouple, regeling: 'aio-aanvulling', limit: 2041.24, inclusive: false, within: 'misschien' },
  { name: 'aio-aanvulling below 100 % AOW gehuwden', date: '2026-07-01', household: aowCouple, regeling: 'aio-aanvulling', limit: 2071.65, inclusive: false, within: 'misschien' },
  // zorgtoeslag compares netto x 12 with the yearly limit: 40857 / 12 = 3404.75 exactly.
  { name: 'zorgtoeslag 40857 per year', date: '2026-07-01', household: single, regeling: 'zorgtoeslag', limit: 3404.75, inclusive: true, within: 'misschien' },
];

const money = (v: number) => Math.round(v * 100) / 100;

describe('income limits, to the cent', () => {
  it.each(income)('$name on $date', async (c) => {
    const at = async (netto: number) =>
      (await outcomes(makeAnswers({ ...c.household, netto_inkomen: netto }), c.date)).regelingen[c.regeling];
    expect(await at(money(c.limit - 0.01)), 'one cent below').toBe(c.within);
    expect(await at(c.limit), 'on the limit').toBe(c.inclusive ? c.within : 'nee');
    expect(await at(money(c.limit + 0.01)), 'one cent above').toBe('nee');
  });

  it('zorgtoeslag partner limit 51142 per year: 4261.83 x 12 = 51141.96 in, 4261.84 x 12 = 51142.08 out', async () => {
    const at = async (netto: number) =>
      (await outcomes(makeAnswers({ ...couple, netto_inkomen: netto, vermogen: 0 }))).regelingen.zorgtoeslag;
    expect(await at(4261.83)).toBe('misschien');
    expect(await at(4261.84)).toBe('nee');
  });

  it('sub-cent input above the limit is above the limit', async () => {
    const r = await outcomes(makeAnswers({ netto_inkomen: 1486.4601 }));
    expect(r.regelingen.participatiefonds).toBe('nee');
  });
});

// biome-ignore format: one line per limit reads as the table it is
const vermogen: Case[] = [
  { name: 'vermogensgrens alleenstaande', date: '2026-03-01', household: single, regeling: 'participatiefonds', limit: 8000, inclusive: true, within: 'ja' },
  { name: 'vermogensgrens alleenstaande', date: '2026-07-01', household: single, regeling: 'participatiefonds', limit: 8000, inclusive: true, within: 'ja' },
  { name: 'vermogensgrens alleenstaande ouder', date: '2026-07-01', household: { leeftijden_kinderen: [5] }, regeling: 'participatiefonds', limit: 16000, inclusive: true, within: 'ja' },
  { name: 'vermogensgrens gehuwden', date: '2026-03-01', household: couple, regeling: 'participatiefonds', limit: 16000, inclusive: true, within: 'ja' },
  { name: 'zorgtoeslag vermogen alleenstaande', date: '2026-07-01', household: { netto_inkomen: 0 }, regeling: 'zorgtoeslag', limit: 146011, inclusive: true, within: 'misschien' },
  { name: 'zorgtoeslag vermogen partner', date: '2026-03-01', household: { ...couple, netto_inkomen: 0 }, regeling: 'zorgtoeslag', limit: 184633, inclusive: true, within: 'misschien' },
  { name: 'huurtoeslag vermogen alleenstaande', date: '2026-03-01', household: single, regeling: 'huurtoeslag', limit: 38479, inclusive: true, within: 'misschien' },
  { name: 'huurtoeslag vermogen partner', date: '2026-07-01', household: couple, regeling: 'huurtoeslag', limit: 76958, inclusive: true, within: 'misschien' },
  { name: 'kindgebonden budget vermogen alleenstaande', date: '2026-07-01', household: { leeftijden_kinderen: [5] }, regeling: 'kindgebonden-budget', limit: 146011, inclusive: true, within: 'misschien' },
];

describe('vermogen limits, to the cent', () => {
  it.each(vermogen)('$name on $date', async (c) => {
    const at = async (v: number) =>
      (await outcomes(makeAnswers({ netto_inkomen: 1000, ...c.household, vermogen: v }), c.date)).regelingen[c.regeling];
    expect(await at(money(c.limit - 0.01)), 'one cent below').toBe(c.within);
    expect(await at(c.limit), 'on the limit').toBe(c.within);
    expect(await at(money(c.limit + 0.01)), 'one cent above').toBe('nee');
  });
});

describe('unknown limits are ranges (docs/regels-ommen.md §3)', () => {
  it('with heeft_partner unknown, savings of 5000 meet every vermogensgrens', async () => {
    const r = await outcomes(makeAnswers({ heeft_partner: null, vermogen: 5000, netto_inkomen: 100 }));
    const reason = r.result.regelingen.participatiefonds?.reasons.find((x) => x.fact === 'vermogen');
    expect(reason?.status).toBe('voldaan');
    expect(reason?.limit).toEqual({ lo: 8000, hi: 16000 });
  });

  it('with heeft_partner unknown, savings of 12000 are onbekend and 16000.01 niet-voldaan', async () => {
    const at = async (v: number) =>
      (await outcomes(makeAnswers({ heeft_partner: null, vermogen: v }))).result.regelingen.participatiefonds?.reasons.find(
        (x) => x.fact === 'vermogen',
      )?.status;
    expect(await at(12000)).toBe('onbekend');
    expect(await at(16000.01)).toBe('niet-voldaan');
  });

  it('an unknown age makes inkomensgrens(110) the range over the whole norm table', async () => {
    const r = await outcomes(makeAnswers({ leeftijd: null }));
    const reason = r.result.regelingen.participatiefonds?.reasons.find((x) => x.fact === 'netto_inkomen');
    expect(reason?.limit).toEqual({ lo: 366.96, hi: 2278.81 });
  });
});
