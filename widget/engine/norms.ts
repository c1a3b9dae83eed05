// Norm periods and the bijstandsnorm choice (docs/regels-ommen.md §2). All amounts here are whole cents.
import { roundHalfUp, toCents } from './money.ts';
import { isCalendarDate, PeildatumError } from './peildatum.ts';
import type { NormPeriod, Range, RulesFile } from './types.ts';

export type NormKey = keyof NormPeriod['bijstandsnormen'];

/** A norm period with every amount in cents. */
export interface Period {
  from: string;
  aowAge: number;
  /** (100 - vakantietoeslag%) scaled by 10: 952 for 4.8 %. */
  holidayFactor: number;
  norms: Record<NormKey, number>;
  /** Raise of the norm of a single 18-20 year old whose parents cannot contribute (Participatiewet art. 20 lid 3). */
  jongerenverhoging: number;
  vermogensgrenzen: Record<'alleenstaande' | 'alleenstaande_ouder' | 'gehuwden', number>;
  limits: Record<string, { alleenstaand: number; partner: number }>;
}

export interface PeriodChoice {
  period: Period;
  normsOutdated: boolean;
}

function centsRecord<K extends string>(record: Record<K, number>): Record<K, number> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, toCents(v as number)])) as Record<K, number>;
}

export function toPeriod(p: NormPeriod): Period {
  return {
    from: p.from,
    aowAge: p.aowAge,
    holidayFactor: 1000 - Math.round(p.holidayAllowancePercent * 10),
    norms: centsRecord(p.bijstandsnormen),
    jongerenverhoging: toCents(p.jongerenverhoging),
    vermogensgrenzen: centsRecord(p.vermogensgrenzen),
    limits: Object.fromEntries(
      Object.entries(p.limits).map(([k, v]) => [k, { alleenstaand: toCents(v.alleenstaand), partner: toCents(v.partner) }]),
    ),
  };
}

/** The period that holds on `date`; after the last period's end the last one, flagged outdated. */
export function choosePeriod(file: RulesFile, periods: Period[], date: string): PeriodChoice {
  if (!isCalendarDate(date)) throw new PeildatumError(`Ongeldige peildatum "${date}": gebruik JJJJ-MM-DD.`);
  const first = periods[0];
  if (!first || date < first.from) {
    throw new PeildatumError(`De peildatum ${date} ligt voor de eerste normperiode (${first?.from ?? '?'}).`);
  }
  const period = periods.filter((p) => p.from <= date).at(-1) ?? first;
  return { period, normsOutdated: date > file.norms.validUntil };
}

/** inkomensgrens(p) = norm x (1 - vakantietoeslag) x p / 100, rounded once at the end, half up (docs/regels-ommen.md §2). */
export function incomeLimit(period: Period, normCents: number, percentage: number): number {
  // percentage may carry decimals (e.g. 112.5): scale it to an integer so all arithmetic stays exact.
  const scale = 1000;
  const pct = Math.round(percentage * scale);
  return roundHalfUp(normCents * period.holidayFactor * pct, 1000 * 100 * scale);
}

/** The smallest and largest inkomensgrens(p) over every norm of the period: the limit when the norm is unknown. */
export function unknownIncomeLimit(period: Period, percentage: number): Range {
  const all = Object.values(period.norms).map((n) => incomeLimit(period, n, percentage));
  return { lo: Math.min(...all), hi: Math.max(...all) };
}

export interface NormInput {
  heeft_partner: boolean | null;
  leeftijd: number | null;
  leeftijd_partner: number | null;
  heeft_kinderen: boolean | null;
}

const young = (age: number) => age >= 18 && age <= 20;

/** Which bijstandsnorm applies, or null when unknown (an age under 18 or a needed answer missing). */
export function normKey(input: NormInput, aowAge: number): NormKey | null {
  const { heeft_partner, leeftijd, leeftijd_partner, heeft_kinderen } = input;
  if (heeft_partner === null || leeftijd === null || leeftijd < 18) return null;
  if (!heeft_partner) {
    if (leeftijd >= aowAge) return 'alleenstaande_aow';
    return leeftijd >= 21 ? 'alleenstaande_21' : 'alleenstaande_18_20';
  }
  if (leeftijd_partner === null || leeftijd_partner < 18) return null;
  const youngCount = [leeftijd, leeftijd_partner].filter(young).length;
  if (youngCount > 0) {
    // Only the 18-20 norms for couples depend on children (Participatiewet art. 20 lid 1-2).
    if (heeft_kinderen === null) return null;
    const kind = heeft_kinderen ? 'met_kind' : 'zonder_kind';
    return youngCount === 2 ? `gehuwden_beide_18_20_${kind}` : `gehuwden_een_18_20_${kind}`;
  }
  return leeftijd >= aowAge || leeftijd_partner >= aowAge ? 'gehuwden_aow' : 'gehuwden_21';
}

/** The same household with every 18-20 year old counted as 21 (Participatiewet art. 20 lid 4). */
function asIfAdult(input: NormInput): NormInput {
  const raise = (age: number | null) => (age !== null && young(age) ? 21 : age);
  return { ...input, leeftijd: raise(input.leeftijd), leeftijd_partner: raise(input.leeftijd_partner) };
}

/**
 * The highest norm the college may apply to a household whose norm is `key` (Participatiewet art. 20 lid 3-4),
 * in cents: a single 18-20 year old gets the jongerennorm plus the period's jongerenverhoging, never more than
 * the 21+ norm; a couple with an 18-20 year old the norm as if every 18-20 year old were 21; anyone else `key`.
 */
export function highestNorm(period: Period, input: NormInput, key: NormKey): number {
  if (key === 'alleenstaande_18_20')
    return Math.min(period.norms.alleenstaande_18_20 + period.jongerenverhoging, period.norms.alleenstaande_21);
  return period.norms[normKey(asIfAdult(input), period.aowAge) ?? key];
}
