// Amounts as words and the yearly total of the known amounts.
import type { AmountResult, OfferResult, Outcome } from '../engine/types.ts';
import { formatEuro } from './format.ts';
import type { Translate } from './reason-sentence.ts';

/** "€ 100 per jaar", "Hoogstens € 9.300 per jaar". */
export function amountText(amount: AmountResult, lang: string, t: Translate): string {
  const text = t(`results.amount.${amount.per}`, { amount: formatEuro(amount.value, lang, true) });
  return amount.maximaal ? t('results.amount.maximaal', { value: text.charAt(0).toLocaleLowerCase() + text.slice(1) }) : text;
}

/** What an amount is worth in one year: a monthly amount counts 12 times, a one-off once. */
export function perYear(amount: AmountResult): number {
  return amount.per === 'maand' ? amount.value * 12 : amount.value;
}

/** Sum per year of the known amounts of the regelingen with this outcome. */
export function yearlyTotal(regelingen: Record<string, OfferResult>, outcome: Outcome): number {
  let total = 0;
  for (const r of Object.values(regelingen)) if (r.outcome === outcome && r.amount) total += perYear(r.amount);
  return Math.round(total * 100) / 100;
}
