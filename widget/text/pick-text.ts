// Rules-file texts are per language; a missing translation falls back along lang → en → nl (a rules file
// may declare fewer languages than the interface has), and the caller marks that fragment with the language
// it is in (lang="en", lang="nl"; WCAG 3.1.2).
import { fallbackChain } from '../i18n/languages.ts';

/** The text object for `lang`, else English, else Dutch, else the first one; with the language it is in. */
export function pickTexts<T>(texts: Record<string, T> | undefined, lang: string): { value: T | undefined; lang: string } {
  if (!texts) return { value: undefined, lang };
  for (const l of fallbackChain(lang)) if (texts[l] !== undefined) return { value: texts[l], lang: l };
  const first = Object.keys(texts)[0];
  return { value: first === undefined ? undefined : texts[first], lang: first ?? lang };
}

/** First letter upper case, for sentences that start with an interpolated subject. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
