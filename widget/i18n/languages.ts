// The languages the widget speaks, and how a widget picks one: the `lang` attribute, else the host page
// (the closest ancestor with lang, then <html lang>), else Dutch. Region subtags are dropped ("ar-SY" → ar).
// The choice is never stored. Plain data, no imports: options.ts and the command line may use it.
//
// nativeName must equal meta.nativeName in locales/<code>.json and `dir` meta.dir
// (tests/locales/completeness.test.ts checks it); the locale file itself is only loaded when chosen.

export interface LanguageInfo {
  /** The language in its own name, as the switch shows it. */
  nativeName: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: Readonly<Record<string, LanguageInfo>> = {
  nl: { nativeName: 'Nederlands', dir: 'ltr' },
  en: { nativeName: 'English', dir: 'ltr' },
  ar: { nativeName: 'العربية', dir: 'rtl' },
  uk: { nativeName: 'Українська', dir: 'ltr' },
  pl: { nativeName: 'Polski', dir: 'ltr' },
  tr: { nativeName: 'Türkçe', dir: 'ltr' },
  ti: { nativeName: 'ትግርኛ', dir: 'ltr' },
};

export const DEFAULT_LANGUAGE = 'nl';

/** Switch order: Dutch, English, then the others as listed above. */
export const LANGUAGE_CODES: readonly string[] = Object.keys(LANGUAGES);

/** "ar-SY" → "ar", " EN " → "en"; null when it is not a language the widget has. */
export function supportedLanguage(value: string | null | undefined): string | null {
  const code = value?.trim().toLowerCase().split(/[-_]/)[0];
  // A list lookup, not Object.hasOwn: the entry runs this before it knows the browser has Object.hasOwn
  // (Safari < 15.4 gets the calm message); and a prototype key such as "constructor" is never a language.
  return code && LANGUAGE_CODES.includes(code) ? code : null;
}

/** The first candidate the widget has, else Dutch. Candidates in order: attribute, host page, … */
export function resolveLanguage(...candidates: (string | null | undefined)[]): string {
  for (const c of candidates) {
    const lang = supportedLanguage(c);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

/** The host page's language for `element`: the closest ancestor with a non-empty lang, then <html lang>. */
export function hostLanguage(element: Element): string | null {
  for (let node: Element | null = element.parentElement; node; node = node.parentElement) {
    const lang = node.getAttribute('lang')?.trim();
    if (lang) return lang;
  }
  // Inside another shadow root: continue at its host.
  const root = element.getRootNode();
  if (root && 'host' in root && root.host instanceof Element) return hostLanguage(root.host);
  return element.ownerDocument?.documentElement?.getAttribute('lang')?.trim() || null;
}

/** Text direction of a widget language. */
export function languageDir(lang: string): 'ltr' | 'rtl' {
  return LANGUAGES[lang]?.dir ?? 'ltr';
}

/**
 * Fallback chain for texts a translation lacks: the language, then English, then Dutch (the source).
 * Dutch itself falls back to nothing; English to Dutch.
 */
export function fallbackChain(lang: string): string[] {
  return lang === 'nl' ? ['nl'] : [...new Set([lang, 'en', 'nl'])];
}
