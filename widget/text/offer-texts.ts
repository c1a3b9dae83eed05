// Texts of a regeling or hulppunt for one language. Placeholders ("TODO") count as missing, so a
// half-finished rules file shows the official name rather than a placeholder.
import type { OfferTexts } from '../engine/types.ts';
import { pickTexts } from './pick-text.ts';

const filled = (s: string | undefined) => (s?.trim() && !/^TODO\b/.test(s.trim()) ? s : undefined);

export interface ResolvedOfferTexts {
  title: string;
  summary?: string;
  amount?: string;
  apply?: string;
  documents: string[];
  note?: string;
  /** Language the texts are actually in (differs from the UI language after a fallback). */
  lang: string;
}

type Offer = { officialName: string; texts: Record<string, OfferTexts> };

/** The name the wijzer shows for a regeling or hulppunt: its title in `lang` (or a fallback language), else the official name. */
export function offerTitle(offer: Offer, lang: string): string {
  return filled(pickTexts(offer.texts, lang).value?.title) ?? offer.officialName;
}

export function offerTexts(offer: Offer, lang: string): ResolvedOfferTexts {
  const { value, lang: textLang } = pickTexts(offer.texts, lang);
  return {
    title: offerTitle(offer, lang),
    summary: filled(value?.summary),
    amount: filled(value?.amount),
    apply: filled(value?.apply),
    documents: (value?.documents ?? []).filter((d) => filled(d)),
    note: filled(value?.note),
    lang: textLang,
  };
}
