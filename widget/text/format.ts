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

// Building an Intl formatter costs far more than formatting with it (the wijkteam view formats hundreds of
// amounts per keystroke), so each one is built once. Formatters are immutable: sharing them holds no state.
const formatters = new Map<string, Intl.NumberFormat | Intl.ListFormat>();
function formatter<F extends Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = make()));
  return f as F;
}

/** "€ 1.486,46" in Dutch, "€1,486.46" in English. Whole amounts keep their cents for limits. */
export function formatEuro(value: number, lang: string, wholeIfRound = false): string {
  const digits = wholeIfRound && Number.isInteger(value) ? 0 : 2;
  const locale = intlLocale(lang);
  return formatter(
    `euro ${locale} ${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'EUR',
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(value);
}

/** A plain number in the language's notation. */
export function formatNumber(value: number, lang: string): string {
  const locale = intlLocale(lang);
  return formatter(`number ${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 })).format(value);
}

/** "a, b en c" / "a, b and c". */
export function formatList(items: string[], lang: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const locale = intlLocale(lang);
  return formatter(`list ${locale} ${type}`, () => new Intl.ListFormat(locale, { style: 'long', type })).format(items);
}
