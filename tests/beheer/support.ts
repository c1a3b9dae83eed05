// Shared fixtures for the beheer tests: the published Ommen text and the "participatiefonds to 120 %" edit.
import { readFileSync } from 'node:fs';
import type { RulesFile } from '../../widget/engine/index.ts';
import { ommenText } from '../support/ommen.ts';

export const OMMEN_TEXT = ommenText;
export const VOORBEELD_TEXT = readFileSync('rules/voorbeeldgemeente.json', 'utf8');

/** Ommen with the participatiefonds income limit raised from 110 % to 120 % (only that regeling). */
export function participatiefondsAt120(): { file: RulesFile; text: string } {
  const file = JSON.parse(OMMEN_TEXT) as RulesFile;
  const regeling = file.regelingen.find((r) => r.id === 'participatiefonds');
  if (!regeling || !('all' in regeling.conditions)) throw new Error('participatiefonds has changed shape');
  regeling.conditions.all = regeling.conditions.all.map((c) =>
    'condition' in c && c.condition === 'inkomen-tot-110'
      ? { fact: 'netto_inkomen', operator: 'lessThanInclusive', value: { fact: 'inkomensgrens', params: { percentage: 120 } } }
      : c,
  );
  return { file, text: `${JSON.stringify(file, null, 2)}\n` };
}

type Answers = Record<string, unknown>;
type Norms = RulesFile['norms']['periods'][number];

/**
 * The examples whose participatiefonds outcome must change, computed by hand from the policy (not with the
 * engine): a known household norm, income above 110 % and at most 120 % of it, and nothing else that says no.
 */
export function examplesBetween110And120(file: RulesFile): string[] {
  const period = (date: string): Norms => file.norms.periods.filter((p) => p.from <= date).at(-1) as Norms;
  const normFor = (a: Answers, p: Norms): number | null => {
    const age = a.leeftijd as number | undefined;
    if (typeof a.heeft_partner !== 'boolean' || typeof age !== 'number') return null;
    const n = p.bijstandsnormen;
    if (!a.heeft_partner) return age >= p.aowAge ? n.alleenstaande_aow : age >= 21 ? n.alleenstaande_21 : n.alleenstaande_18_20;
    const partner = a.leeftijd_partner as number | undefined;
    if (typeof partner !== 'number' || age < 18 || partner < 18) return null;
    const young = [age, partner].filter((x) => x <= 20).length;
    if (young > 0) {
      // Participatiewet art. 20: couples with an 18-20 year old have their own norms, with or without children.
      const kids = (a.leeftijden_kinderen as number[] | undefined)?.length ? 'met_kind' : 'zonder_kind';
      return n[`gehuwden_${young === 2 ? 'beide' : 'een'}_18_20_${kids}`];
    }
    return age >= p.aowAge || partner >= p.aowAge ? n.gehuwden_aow : n.gehuwden_21;
  };
  // inkomensgrens = norm x (1 - vakantietoeslag) x p %, rounded to cents half up (docs/regels-ommen.md §2).
  const limit = (norm: number, p: Norms, pct: number) =>
    Math.round((Math.round(norm * 100) * (100 - p.holidayAllowancePercent) * pct) / 10000) / 100;
  return file.examples
    .filter((ex) => {
      const a = ex.answers as Answers;
      const p = period(ex.date);
      const norm = normFor(a, p);
      const income = a.netto_inkomen;
      if (norm === null || typeof income !== 'number') return false;
      if (!(income > limit(norm, p, 110) && income <= limit(norm, p, 120))) return false;
      const kids = a.leeftijden_kinderen as number[] | undefined;
      const grens = a.heeft_partner
        ? p.vermogensgrenzen.gehuwden
        : kids?.length
          ? p.vermogensgrenzen.alleenstaande_ouder
          : p.vermogensgrenzen.alleenstaande;
      const vermogenOk =
        a.vermogen === undefined || a.vermogen === null || (kids !== undefined && (a.vermogen as number) <= grens);
      return a.woont_in_gemeente !== false && (a.leeftijd as number) >= 18 && vermogenOk;
    })
    .map((ex) => ex.name);
}
