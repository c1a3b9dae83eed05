// The interface locale files as lazy chunks, one per language. Shared by the entry (which reads a few first-screen
// texts straight from the chunk) and i18next (create-i18n.ts): one module per language, downloaded once.
// No i18next here, so the entry can import it.
export type LocaleFile = Record<string, unknown>;

const loaders = import.meta.glob<LocaleFile>('../../locales/*.json', { import: 'default' });

/** Language codes with an interface locale file, e.g. ['en', 'nl'] (plain code-unit sort, no collation). */
export const interfaceLanguages: string[] = Object.keys(loaders)
  .map((path) => path.replace(/^.*\/([^/]+)\.json$/, '$1'))
  .sort();

/** The locale file of `lang`; undefined for a language without one. Rejects when the chunk cannot load. */
export function loadLocale(lang: string): Promise<LocaleFile> | undefined {
  return loaders[`../../locales/${lang}.json`]?.();
}
