// Amounts as words, and honest totals: only known amounts are added up, in whole cents; per year and once
// stay apart; a total that contains a maximum is itself a maximum ("tot € 9.400 per jaar").
import type { AmountResult, OfferResult, Outcome } from '../engine/types.ts';
import { formatEuro } from './format.ts';
import type { Translate } from './reason-sentence.ts';

/** "€ 100 per jaar", "Tot € 9.300 per jaar", "€ 300 eenmalig". */
export function amountText(amount: AmountResult, lang: string, t: Translate): string {
  const text = t(`results.amount.${amount.per}`, { amount: formatEuro(amount.value, lang, true) });
  return amount.maximaal ? t('results.amount.maximaal', { value: text.charAt(0).toLocaleLowerCase() + text.slice(1) }) : text;
}

const toCents = (euro: number) => Math.round(euro * 100);

/** What an amount is worth in one year: a monthly amount counts 12 times, a one-off once. */
export function perYear(amount: AmountResult): number {
  return amount.per === 'maand' ? (toCents(amount.value) * 12) / 100 : amount.value;
}

/** Sum per year of the known amounts of the regelingen with this outcome (one-off amounts not included). */
export function yearlyTotal(regelingen: Record<string, OfferResult>, outcome: Outcome): number {
  let cents = 0;
  for (const r of Object.values(regelingen)) {
    if (r.outcome === outcome && r.amount && r.amount.per !== 'eenmalig') cents += toCents(perYear(r.amount));
  }
  return cents / 100;
}

/** The known amounts of some regelingen, added up. */
export interface AmountTotal {
  /** Per year, in cents: yearly amounts, plus each monthly amount times 12. */
  yearCents: number;
  /** Once, in cents. */
  onceCents: number;
  /** A yearly (or monthly) amount that is a maximum was added: the yearly total is a maximum too. */
  yearMaximum: boolean;
  onceMaximum: boolean;
  /** A monthly amount was counted 12 times (the total says so). */
  monthly: boolean;
}

/** Adds up the known amounts; amounts that are null (not known) are left out, the caller names them. */
export function totalOf(amounts: (AmountResult | null)[]): AmountTotal {
  const total: AmountTotal = { yearCents: 0, onceCents: 0, yearMaximum: false, onceMaximum: false, monthly: false };
  for (const a of amounts) {
    if (!a) continue;
    if (a.per === 'eenmalig') {
      total.onceCents += toCents(a.value);
      total.onceMaximum ||= a.maximaal;
    } else {
      total.yearCents += a.per === 'maand' ? toCents(a.value) * 12 : toCents(a.value);
      total.yearMaximum ||= a.maximaal;
      total.monthly ||= a.per === 'maand';
    }
  }
  return total;
}
