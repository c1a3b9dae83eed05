// Number and money formatting per language, through Intl (no hand-made separators).
//
// Arabic uses Western digits (ar-u-nu-latn: "‏1,486.46 €"): amounts on letters from the gemeente, the
// Belastingdienst and the bank are written that way, so a resident can compare them. parseMoney also reads
// Arabic-Indic digits (٠-٩, ۰-۹) and the Arabic separators ٫ and ٬ for what residents type.

const LOCALES: Record<string, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  uk: 'uk-UA',
  pl: 'pl-PL',
  tr: 'tr-TR',
  ti: 'ti-ER',
};

/** BCP 47 locale for Intl from a widget language code. */
export function intlLocale(lang: string): string {
  return LOCALES[lang] ?? lang;
}

/** "€ 1.486,46" in Dutch, "€1,486.46" in English. Whole amounts keep their cents for limits. */
export function formatEuro(value: number, lang: string, wholeIfRound = false): string {
  const whole = wholeIfRound && Number.isInteger(value);
  return new Intl.NumberFormat(intlLocale(lang), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(value);
}

/** A plain number in the language's notation. */
export function formatNumber(value: number, lang: string): string {
  return new Intl.NumberFormat(intlLocale(lang), { maximumFractionDigits: 2 }).format(value);
}

/** "a, b en c" / "a, b and c". */
export function formatList(items: string[], lang: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlLocale(lang), { style: 'long', type }).format(items);
}
