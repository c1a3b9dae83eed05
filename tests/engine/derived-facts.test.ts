import { describe, expect, it } from 'vitest';
import { derivedFacts, type FactValue, type Household } from '../../widget/engine/derived-facts.ts';
import { ommen } from '../support/ommen.ts';

const period = ommen().periods[1]!;
const h = (answers: Record<string, FactValue>): Household => ({
  answers: {
    heeft_partner: false,
    leeftijd: 34,
    leeftijd_partner: null,
    leeftijden_kinderen: [],
    netto_inkomen: null,
    ...answers,
  },
  period,
});

describe('derived facts', () => {
  it('leefvorm follows partner first, then children; unknown in, unknown out', () => {
    expect(derivedFacts.leefvorm.compute(h({ heeft_partner: true, leeftijden_kinderen: null }))).toBe('gehuwden');
    expect(derivedFacts.leefvorm.compute(h({ leeftijden_kinderen: [4] }))).toBe('alleenstaande_ouder');
    expect(derivedFacts.leefvorm.compute(h({}))).toBe('alleenstaande');
    expect(derivedFacts.leefvorm.compute(h({ leeftijden_kinderen: null }))).toBeNull();
    expect(derivedFacts.leefvorm.compute(h({ heeft_partner: null }))).toBeNull();
  });

  it('aow_in_huishouden is a three-valued or', () => {
    const aow = (a: Record<string, FactValue>) => derivedFacts.aow_in_huishouden.compute(h(a));
    expect(aow({ leeftijd: 67 })).toBe(true);
    expect(aow({ leeftijd: 66 })).toBe(false);
    expect(aow({ leeftijd: 67, heeft_partner: null })).toBe(true);
    expect(aow({ leeftijd: 60, heeft_partner: null })).toBeNull();
    expect(aow({ leeftijd: 60, heeft_partner: true, leeftijd_partner: 68 })).toBe(true);
    expect(aow({ leeftijd: 60, heeft_partner: true, leeftijd_partner: null })).toBeNull();
    expect(aow({ leeftijd: null, heeft_partner: true, leeftijd_partner: 68 })).toBe(true);
    expect(aow({ leeftijd: null, heeft_partner: false })).toBeNull();
  });

  it('bijstandsgrens is a range for 18-20 year olds and a point for adults', () => {
    // A single 19 year old: up to (jongerennorm + jongerenverhoging) x 0.952, rounded once.
    expect(derivedFacts.bijstandsgrens.compute(h({ leeftijd: 19 }))).toEqual({ lo: 33360, hi: 105925 });
    expect(derivedFacts.bijstandsgrens.compute(h({ leeftijd: 20, leeftijden_kinderen: [2] }))).toEqual({ lo: 33360, hi: 105925 });
    // A couple with one partner of 19 and one of 40, no children: up to the gehuwden 21+ limit.
    expect(derivedFacts.bijstandsgrens.compute(h({ heeft_partner: true, leeftijd: 19, leeftijd_partner: 40 }))).toEqual({
      lo: 129883,
      hi: 193046,
    });
    expect(derivedFacts.bijstandsgrens.compute(h({}))).toBe(135133);
    expect(derivedFacts.bijstandsgrens.compute(h({ leeftijd: 70 }))).toBe(151115);
    expect(derivedFacts.bijstandsgrens.compute(h({ leeftijd: null }))).toEqual({ lo: 33360, hi: 207165 });
  });

  it('zeker_buiten_gemeente is true only for a "no": "weet ik niet" and not asked count as maybe living here', () => {
    expect(derivedFacts.zeker_buiten_gemeente.compute(h({ woont_in_gemeente: false }))).toBe(true);
    expect(derivedFacts.zeker_buiten_gemeente.compute(h({ woont_in_gemeente: true }))).toBe(false);
    expect(derivedFacts.zeker_buiten_gemeente.compute(h({ woont_in_gemeente: null }))).toBe(false);
    expect(derivedFacts.zeker_buiten_gemeente.compute(h({}))).toBe(false);
  });

  it('grens picks the single or partner value, a range when heeft_partner is unknown', () => {
    const naam = { naam: 'zorgtoeslag_inkomen' };
    expect(derivedFacts.grens.compute(h({}), naam)).toBe(4085700);
    expect(derivedFacts.grens.compute(h({ heeft_partner: true }), naam)).toBe(5114200);
    expect(derivedFacts.grens.compute(h({ heeft_partner: null }), naam)).toEqual({ lo: 4085700, hi: 5114200 });
  });

  it('aantal_kinderen counts within an inclusive age range', () => {
    const kids = h({ leeftijden_kinderen: [0, 12, 13, 15, 16, 17] });
    expect(derivedFacts.aantal_kinderen.compute(kids, {})).toBe(6);
    expect(derivedFacts.aantal_kinderen.compute(kids, { minLeeftijd: 12, maxLeeftijd: 15 })).toBe(3);
    expect(derivedFacts.aantal_kinderen.compute(kids, { maxLeeftijd: 12 })).toBe(2);
    expect(derivedFacts.aantal_kinderen.compute(h({ leeftijden_kinderen: null }), {})).toBeNull();
  });

  it('aantal_volwassenen counts the partner unless known to be under 18', () => {
    expect(derivedFacts.aantal_volwassenen.compute(h({}))).toBe(1);
    expect(derivedFacts.aantal_volwassenen.compute(h({ heeft_partner: true }))).toBe(2);
    expect(derivedFacts.aantal_volwassenen.compute(h({ heeft_partner: true, leeftijd_partner: 17 }))).toBe(1);
    expect(derivedFacts.aantal_volwassenen.compute(h({ heeft_partner: null }))).toBeNull();
  });

  it('jaarinkomen is netto x 12 exactly, in cents', () => {
    expect(derivedFacts.jaarinkomen.compute(h({ netto_inkomen: 340475 }))).toBe(4085700);
    expect(derivedFacts.jaarinkomen.compute(h({}))).toBeNull();
  });
});
