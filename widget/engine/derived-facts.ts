// Derived facts (docs/regels-ommen.md §2): computed in code from the answers, never stored in the rules. Each one
// declares the answers it needs, so "unknown in, unknown out" is mechanical and the flow can see that
// inkomensgrens depends on heeft_partner, leeftijd, ... Money is in cents; a limit whose inputs are
// unknown is a Range (docs/regels-ommen.md §3).
import { answerOf, type ContractAnswer } from './fact-contract.ts';
import { highestNorm, incomeLimit, type NormInput, normKey, type Period, unknownIncomeLimit } from './norms.ts';
import type { Range } from './types.ts';

export type FactValue = number | boolean | string | number[] | Range | null;
export type FactType = 'boolean' | 'integer' | 'money' | 'choice' | 'ages' | 'outcome';
export type Params = Record<string, string | number | boolean>;

/** What a derived fact sees: normalised answers (cents, null for unknown) and the norm period. */
export interface Household {
  answers: Record<string, FactValue>;
  period: Period;
}

export interface DerivedFact {
  type: FactType;
  /** Answers (question ids) it reads: only ids of the rules-code contract (fact-contract.ts). */
  needs: readonly ContractAnswer[];
  /** Allowed params and whether each is required; checked by the rules check. */
  params?: Record<string, { type: 'number' | 'string'; required: boolean }>;
  /** Choice values, for facts of type choice. */
  options?: string[];
  compute(h: Household, params: Params): FactValue;
}

const num = (v: FactValue): number | null => (typeof v === 'number' ? v : null);
const bool = (v: FactValue): boolean | null => (typeof v === 'boolean' ? v : null);
const ages = (v: FactValue): number[] | null => (Array.isArray(v) ? v : null);
const point = (r: Range): number | Range => (r.lo === r.hi ? r.lo : r);

function normInput(h: Household): NormInput {
  const kids = ages(answerOf(h.answers, 'leeftijden_kinderen'));
  return {
    heeft_partner: bool(answerOf(h.answers, 'heeft_partner')),
    leeftijd: num(answerOf(h.answers, 'leeftijd')),
    leeftijd_partner: num(answerOf(h.answers, 'leeftijd_partner')),
    heeft_kinderen: kids === null ? null : kids.length > 0,
  };
}

function incomeLimitFor(h: Household, input: NormInput, percentage: number): number | Range {
  const key = normKey(input, h.period.aowAge);
  return key === null ? unknownIncomeLimit(h.period, percentage) : incomeLimit(h.period, h.period.norms[key], percentage);
}

/** Kleene "and" / "or" over true, false and null (unknown). */
const and = (a: boolean | null, b: boolean | null) =>
  a === false || b === false ? false : a === null || b === null ? null : true;
const or = (a: boolean | null, b: boolean | null) => (a === true || b === true ? true : a === null || b === null ? null : false);

function leefvorm(h: Household): string | null {
  const partner = bool(answerOf(h.answers, 'heeft_partner'));
  if (partner === true) return 'gehuwden';
  const kids = ages(answerOf(h.answers, 'leeftijden_kinderen'));
  if (partner === null || kids === null) return null;
  return kids.length > 0 ? 'alleenstaande_ouder' : 'alleenstaande';
}

const NORM_NEEDS: ContractAnswer[] = ['heeft_partner', 'leeftijd', 'leeftijd_partner', 'leeftijden_kinderen'];

export const derivedFacts = {
  leefvorm: {
    type: 'choice',
    options: ['gehuwden', 'alleenstaande_ouder', 'alleenstaande'],
    needs: ['heeft_partner', 'leeftijden_kinderen'],
    compute: leefvorm,
  },
  aow_leeftijd: { type: 'integer', needs: [], compute: (h) => h.period.aowAge },
  zeker_buiten_gemeente: {
    type: 'boolean',
    needs: ['woont_in_gemeente'],
    // The one derived fact that is never unknown: the central help point serves everyone but who said they live
    // elsewhere, so "weet ik niet" still gets Samen Doen (docs/regels-ommen.md §5, example 9).
    compute: (h) => answerOf(h.answers, 'woont_in_gemeente') === false,
  },
  aow_in_huishouden: {
    type: 'boolean',
    needs: ['leeftijd', 'heeft_partner', 'leeftijd_partner'],
    compute(h) {
      const aow = h.period.aowAge;
      const self = num(answerOf(h.answers, 'leeftijd'));
      const partnerAge = num(answerOf(h.answers, 'leeftijd_partner'));
      const partnerAow = and(bool(answerOf(h.answers, 'heeft_partner')), partnerAge === null ? null : partnerAge >= aow);
      return or(self === null ? null : self >= aow, partnerAow);
    },
  },
  bijstandsnorm: {
    type: 'money',
    needs: NORM_NEEDS,
    compute(h) {
      const key = normKey(normInput(h), h.period.aowAge);
      if (key !== null) return h.period.norms[key];
      const all = Object.values(h.period.norms);
      return { lo: Math.min(...all), hi: Math.max(...all) };
    },
  },
  inkomensgrens: {
    type: 'money',
    needs: NORM_NEEDS,
    params: { percentage: { type: 'number', required: true } },
    compute: (h, params) => incomeLimitFor(h, normInput(h), Number(params.percentage)),
  },
  bijstandsgrens: {
    type: 'money',
    needs: NORM_NEEDS,
    compute(h) {
      // From inkomensgrens(100) up to the highest norm the college may apply, out of vakantietoeslag the same way.
      const input = normInput(h);
      const key = normKey(input, h.period.aowAge);
      if (key === null) return unknownIncomeLimit(h.period, 100);
      const lo = incomeLimit(h.period, h.period.norms[key], 100);
      return point({ lo, hi: incomeLimit(h.period, highestNorm(h.period, input, key), 100) });
    },
  },
  vermogensgrens: {
    type: 'money',
    needs: ['heeft_partner', 'leeftijden_kinderen'],
    compute(h) {
      const v = h.period.vermogensgrenzen;
      const form = leefvorm(h) as keyof typeof v | null;
      if (form !== null) return v[form];
      const all = Object.values(v);
      return point({ lo: Math.min(...all), hi: Math.max(...all) });
    },
  },
  grens: {
    type: 'money',
    needs: ['heeft_partner'],
    params: { naam: { type: 'string', required: true } },
    compute(h, params) {
      const naam = String(params.naam);
      const limit = Object.hasOwn(h.period.limits, naam) ? h.period.limits[naam] : undefined;
      if (!limit) return null;
      const partner = bool(answerOf(h.answers, 'heeft_partner'));
      if (partner === null) {
        return point({ lo: Math.min(limit.alleenstaand, limit.partner), hi: Math.max(limit.alleenstaand, limit.partner) });
      }
      return partner ? limit.partner : limit.alleenstaand;
    },
  },
  jaarinkomen: {
    type: 'money',
    needs: ['netto_inkomen'],
    compute(h) {
      const monthly = num(answerOf(h.answers, 'netto_inkomen'));
      return monthly === null ? null : Math.round(monthly * 12 * 1e4) / 1e4;
    },
  },
  aantal_kinderen: {
    type: 'integer',
    needs: ['leeftijden_kinderen'],
    params: { minLeeftijd: { type: 'number', required: false }, maxLeeftijd: { type: 'number', required: false } },
    compute(h, params) {
      const kids = ages(answerOf(h.answers, 'leeftijden_kinderen'));
      if (kids === null) return null;
      const min = params.minLeeftijd === undefined ? -Infinity : Number(params.minLeeftijd);
      const max = params.maxLeeftijd === undefined ? Infinity : Number(params.maxLeeftijd);
      return kids.filter((age) => age >= min && age <= max).length;
    },
  },
  aantal_volwassenen: {
    type: 'integer',
    needs: ['heeft_partner', 'leeftijd_partner'],
    compute(h) {
      // docs/regels-ommen.md §4 participatiefonds: the resident, plus the partner unless known to be under 18.
      const partner = bool(answerOf(h.answers, 'heeft_partner'));
      if (partner === null) return null;
      const partnerAge = num(answerOf(h.answers, 'leeftijd_partner'));
      return partner && !(partnerAge !== null && partnerAge < 18) ? 2 : 1;
    },
  },
} satisfies Record<string, DerivedFact>;

export type DerivedFactName = keyof typeof derivedFacts;

/** `uitkomst` is special: it reads another regeling's outcome, so it is resolved by the evaluator. */
export const OUTCOME_FACT = 'uitkomst';

export function isDerivedFact(name: string): name is DerivedFactName {
  return Object.hasOwn(derivedFacts, name);
}
