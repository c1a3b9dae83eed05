import { describe, expect, it } from 'vitest';
import { choosePeriod, highestNorm, incomeLimit, normKey } from '../../widget/engine/norms.ts';
import { ommen } from '../support/ommen.ts';

const rules = ommen();
const july = rules.periods[1]!;
const input = (o: Partial<Parameters<typeof normKey>[0]>) => ({
  heeft_partner: false,
  leeftijd: 34,
  leeftijd_partner: null,
  heeft_kinderen: false,
  ...o,
});

describe('inkomensgrens: norm x 0.952 x p / 100, rounded once, half up', () => {
  it('matches SPEC.md §2 check values for 1-7-2026', () => {
    const single = july.norms.alleenstaande_21;
    expect([100, 110, 130].map((p) => incomeLimit(july, single, p))).toEqual([135133, 148646, 175672]);
    const couple = july.norms.gehuwden_21;
    expect([100, 110, 130].map((p) => incomeLimit(july, couple, p))).toEqual([193046, 212350, 250959]);
  });

  it('rounds half up at the end, never the 100 % limit first', () => {
    // 141946 x 0.952 = 135132.592 -> 135133; x 1.1 from the exact value gives 148645.85 -> 148646,
    // where rounding the 100 % limit first would give 135133 x 1.1 = 148646.3 -> 148646 too, so check a split case:
    // 1000.01 euro x 0.952 x 1.5 = 1428.01428 -> 1428.01; from the rounded 100 % (952.01) it would be 1428.02.
    expect(incomeLimit(july, 100001, 150)).toBe(142801);
    expect(incomeLimit(july, 52521, 100)).toBe(50000); // 525.21 x 0.952 = 499.99992 -> 500.00
  });
});

describe('which bijstandsnorm (SPEC.md §2)', () => {
  it.each([
    [{ leeftijd: 34 }, 'alleenstaande_21'],
    [{ leeftijd: 67 }, 'alleenstaande_aow'],
    [{ leeftijd: 66 }, 'alleenstaande_21'],
    [{ leeftijd: 20 }, 'alleenstaande_18_20'],
    [{ leeftijd: 18, heeft_kinderen: true }, 'alleenstaande_18_20'],
    [{ leeftijd: 21 }, 'alleenstaande_21'],
    [{ leeftijd: 17 }, null],
    [{ leeftijd: null }, null],
    [{ heeft_partner: null }, null],
    [{ heeft_partner: true, leeftijd_partner: 40 }, 'gehuwden_21'],
    [{ heeft_partner: true, leeftijd_partner: 67 }, 'gehuwden_aow'],
    [{ heeft_partner: true, leeftijd: 70, leeftijd_partner: 50 }, 'gehuwden_aow'],
    [{ heeft_partner: true, leeftijd_partner: 19 }, 'gehuwden_een_18_20_zonder_kind'],
    [{ heeft_partner: true, leeftijd_partner: 19, heeft_kinderen: true }, 'gehuwden_een_18_20_met_kind'],
    [{ heeft_partner: true, leeftijd: 70, leeftijd_partner: 19 }, 'gehuwden_een_18_20_zonder_kind'],
    [{ heeft_partner: true, leeftijd: 18, leeftijd_partner: 20 }, 'gehuwden_beide_18_20_zonder_kind'],
    [{ heeft_partner: true, leeftijd: 18, leeftijd_partner: 20, heeft_kinderen: true }, 'gehuwden_beide_18_20_met_kind'],
    [{ heeft_partner: true, leeftijd_partner: 19, heeft_kinderen: null }, null],
    [{ heeft_partner: true, leeftijd_partner: null }, null],
    [{ heeft_partner: true, leeftijd_partner: 16 }, null],
  ])('%o -> %s', (o, expected) => {
    expect(normKey(input(o), 67)).toBe(expected);
  });
});

describe('the highest norm the college may apply (bijstandsgrens, Participatiewet art. 20 lid 3-4)', () => {
  const highest = (o: Partial<Parameters<typeof normKey>[0]>, period = july) => {
    const key = normKey(input(o), period.aowAge);
    if (key === null) throw new Error('norm unknown');
    return highestNorm(period, input(o), key);
  };

  it('a single 18-20 year old: the jongerennorm plus the jongerenverhoging of the period', () => {
    expect(july.jongerenverhoging).toBe(76224);
    expect(highest({ leeftijd: 19 })).toBe(35042 + 76224);
    expect(highest({ leeftijd: 18, heeft_kinderen: true })).toBe(35042 + 76224);
    const january = rules.periods[0]!;
    expect(highest({ leeftijd: 20 }, january)).toBe(34599 + 74645);
    expect(incomeLimit(january, highest({ leeftijd: 20 }, january), 100)).toBe(104000);
    expect(incomeLimit(july, highest({ leeftijd: 19 }), 100)).toBe(105925);
  });

  it('never above the 21+ norm', () => {
    const big = { ...july, jongerenverhoging: 200000 };
    expect(highest({ leeftijd: 19 }, big)).toBe(july.norms.alleenstaande_21);
    const exact = { ...july, jongerenverhoging: july.norms.alleenstaande_21 - july.norms.alleenstaande_18_20 };
    expect(highest({ leeftijd: 19 }, exact)).toBe(july.norms.alleenstaande_21);
    const justBelow = { ...exact, jongerenverhoging: exact.jongerenverhoging - 1 };
    expect(highest({ leeftijd: 19 }, justBelow)).toBe(july.norms.alleenstaande_21 - 1);
  });

  it('a couple with an 18-20 year old: the norm as if every 18-20 year old were 21', () => {
    expect(highest({ heeft_partner: true, leeftijd: 19, leeftijd_partner: 40 })).toBe(july.norms.gehuwden_21);
    expect(highest({ heeft_partner: true, leeftijd: 19, leeftijd_partner: 70 })).toBe(july.norms.gehuwden_aow);
    expect(highest({ heeft_partner: true, leeftijd: 18, leeftijd_partner: 20, heeft_kinderen: true })).toBe(
      july.norms.gehuwden_21,
    );
  });

  it('everyone else: their own norm', () => {
    expect(highest({})).toBe(july.norms.alleenstaande_21);
    expect(highest({ leeftijd: 70 })).toBe(july.norms.alleenstaande_aow);
    expect(highest({ heeft_partner: true, leeftijd_partner: 40 })).toBe(july.norms.gehuwden_21);
  });
});

describe('peildatum and norm periods', () => {
  it('the period runs up to the day before the next one starts', () => {
    expect(choosePeriod(rules.file, rules.periods, '2026-06-30').period.from).toBe('2026-01-01');
    expect(choosePeriod(rules.file, rules.periods, '2026-07-01').period.from).toBe('2026-07-01');
  });

  it('2026-12-31 is current; from 2027-01-01 the last norms apply and are flagged outdated', () => {
    expect(choosePeriod(rules.file, rules.periods, '2026-12-31').normsOutdated).toBe(false);
    const outdated = choosePeriod(rules.file, rules.periods, '2027-01-01');
    expect(outdated).toMatchObject({ normsOutdated: true });
    expect(outdated.period.from).toBe('2026-07-01');
  });

  it('refuses a date before the first period and malformed dates with a clear message', () => {
    expect(() => choosePeriod(rules.file, rules.periods, '2025-12-31')).toThrow(/voor de eerste normperiode/);
    for (const bad of ['2026-02-30', '1-7-2026', '2026-7-1', '']) {
      expect(() => choosePeriod(rules.file, rules.periods, bad), bad).toThrow(/Ongeldige peildatum/);
    }
  });
});
