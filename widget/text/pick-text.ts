// Rules-file texts are per language; a missing translation falls back to Dutch, and the caller
// marks that fragment lang="nl" (WCAG 3.1.2).

/** The text object for `lang`, else Dutch, else the first one; with the language it is in. */
export function pickTexts<T>(texts: Record<string, T> | undefined, lang: string): { value: T | undefined; lang: string } {
  if (!texts) return { value: undefined, lang };
  if (texts[lang] !== undefined) return { value: texts[lang], lang };
  if (texts.nl !== undefined) return { value: texts.nl, lang: 'nl' };
  const first = Object.keys(texts)[0];
  return { value: first === undefined ? undefined : texts[first], lang: first ?? lang };
}

/** First letter upper case, for sentences that start with an interpolated subject. */
export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}
