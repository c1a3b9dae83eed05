// The interface texts as lazy chunks, two per language (widget/i18n/text-parts.ts says which groups are in which):
// here the first part, what the app needs up to and including a question screen. Shared by the entry (which
// preloads the first parts at start-up) and i18next (create-i18n.ts, which also loads the later parts): one module
// per part, downloaded once. No i18next here, so the entry can import it.
import firstParts from 'virtual:vw-locales';

export type LocaleFile = Record<string, unknown>;

/** Language codes with an interface locale file, e.g. ['en', 'nl'] (plain code-unit sort, no collation). */
export const interfaceLanguages: string[] = Object.keys(firstParts).sort();

/** The first part of `lang`'s locale file; undefined for a language without one. Rejects when the chunk cannot load. */
export function loadLocale(lang: string): Promise<LocaleFile> | undefined {
  // A list lookup, not `in`: a prototype key such as "constructor" is never a language.
  return interfaceLanguages.includes(lang) ? firstParts[lang]?.().then((m) => m.default) : undefined;
}
